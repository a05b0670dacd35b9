using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Threading;

namespace PortCatalog.Probing;

/// <summary>
/// The TCP connect scan on Linux, as nmap's <c>-sT</c> does it: non-blocking connects, and one <c>poll</c> for all the
/// connects under way. A connect costs five system calls (socket, connect, getsockopt, close, and a share of a poll),
/// where .NET's socket engine spends nine on each (its epoll registration and a wake-up per connect): on a loopback
/// sweep most of the time is system calls. Runs on a thread of its own; each result is reported as it is known.
/// </summary>
internal static class PollConnectScan
{
    /// <summary>Whether this system has the scan (Linux: its socket structures and error numbers are the ones used here).</summary>
    public static bool IsSupported => RuntimeInformation.IsOSPlatform(OSPlatform.Linux);

    private const int AddressFamilyInet = 2;
    private const int AddressFamilyInet6 = 10;
    private const int SockStream = 1;
    private const int SockNonblock = 0x800;
    private const int SockCloexec = 0x80000;
    private const int SolSocket = 1;
    private const int SoError = 4;
    private const short PollOut = 0x4;
    private const int InProgress = 115;
    private const int Interrupted = 4;
    private const int TooManyFiles = 24;
    private const int TooManyFilesSystem = 23;

    /// <summary>One port to connect to, and what to do with its verdict.</summary>
    public readonly struct Target
    {
        public Target(IPEndPoint endpoint, Action<PortVerdict, string, TimeSpan> report)
        {
            Endpoint = endpoint;
            Report = report;
        }

        public IPEndPoint Endpoint { get; }

        public Action<PortVerdict, string, TimeSpan> Report { get; }
    }

    /// <summary>Connects to every target, at most <paramref name="parallelism"/> at once, each within <paramref name="timeout"/>.</summary>
    /// <exception cref="OperationCanceledException">The token was cancelled; the connects under way were closed.</exception>
    public static void Run(IReadOnlyList<Target> targets, int parallelism, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var slots = Math.Max(1, Math.Min(parallelism, targets.Count));
        var polled = new PollDescriptor[slots];
        var target = new int[slots];
        var started = new long[slots];
        var inFlight = 0;
        var next = 0;
        var limit = (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        long starvedSince = 0;
        try
        {
            while (next < targets.Count || inFlight > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();

                // Start connects until every slot is busy.
                while (inFlight < slots && next < targets.Count)
                {
                    var (fd, error) = Start(targets[next].Endpoint);
                    if (fd < 0 && error is TooManyFiles or TooManyFilesSystem)
                    {
                        // No descriptor free: wait for a connect under way to end; with none under way, until the timeout.
                        starvedSince = starvedSince == 0 ? Stopwatch.GetTimestamp() : starvedSince;
                        if (inFlight == 0 && Stopwatch.GetTimestamp() - starvedSince > limit)
                        {
                            targets[next++].Report(PortVerdict.Error, Message(error), TimeSpan.Zero);
                            starvedSince = 0;
                            continue;
                        }

                        if (inFlight == 0)
                        {
                            Thread.Sleep(5);
                        }

                        break;
                    }

                    starvedSince = 0;
                    var now = Stopwatch.GetTimestamp();
                    if (fd < 0 || error != InProgress)
                    {
                        // Done at once: connected, refused, or no socket could be made (an address family the system lacks).
                        Finish(targets[next], fd, error, TimeSpan.Zero);
                        next++;
                        continue;
                    }

                    polled[inFlight] = new PollDescriptor(fd, PollOut);
                    target[inFlight] = next++;
                    started[inFlight++] = now;
                }

                if (inFlight == 0)
                {
                    continue;
                }

                var wait = (int)Math.Max(0, Math.Min(100, (started[Oldest(started, inFlight)] + limit - Stopwatch.GetTimestamp()) * 1000 / Stopwatch.Frequency));
                var ready = Poll(polled, (ulong)inFlight, wait);
                if (ready < 0 && Marshal.GetLastWin32Error() != Interrupted)
                {
                    throw new SocketException(Marshal.GetLastWin32Error());
                }

                // Connects that ended, then connects whose time is up; a finished slot takes the last one's place.
                var end = Stopwatch.GetTimestamp();
                for (var i = inFlight - 1; i >= 0; i--)
                {
                    var elapsed = ToTimeSpan(end - started[i]);
                    if (polled[i].Returned != 0)
                    {
                        Finish(targets[target[i]], polled[i].Fd, SocketError(polled[i].Fd), elapsed);
                    }
                    else if (end - started[i] >= limit)
                    {
                        _ = Close(polled[i].Fd);
                        targets[target[i]].Report(PortVerdict.Filtered, "no answer within " + (int)timeout.TotalMilliseconds + " ms", elapsed);
                    }
                    else
                    {
                        continue;
                    }

                    inFlight--;
                    polled[i] = new PollDescriptor(polled[inFlight].Fd, PollOut);
                    target[i] = target[inFlight];
                    started[i] = started[inFlight];
                }
            }
        }
        finally
        {
            for (var i = 0; i < inFlight; i++)
            {
                _ = Close(polled[i].Fd);
            }
        }
    }

    /// <summary>A non-blocking socket and its connect: the descriptor (or -1) and the error of the connect (0, or errno).</summary>
    private static (int Fd, int Error) Start(IPEndPoint endpoint)
    {
        var address = Address(endpoint);
        var fd = Socket(address.Length == 16 ? AddressFamilyInet : AddressFamilyInet6, SockStream | SockNonblock | SockCloexec, 0);
        if (fd < 0)
        {
            return (-1, Marshal.GetLastWin32Error());
        }

        return Connect(fd, address, address.Length) == 0 ? (fd, 0) : (fd, Marshal.GetLastWin32Error());
    }

    /// <summary>Reports a connect that has ended (<paramref name="error"/> 0: connected), and closes its socket.</summary>
    private static void Finish(Target target, int fd, int error, TimeSpan elapsed)
    {
        var (verdict, detail) = error switch
        {
            0 when SelfConnected(fd, target.Endpoint) => (PortVerdict.Closed, "the connection reached its own socket (nothing listens)"),
            0 => (PortVerdict.Open, string.Empty),
            111 => (PortVerdict.Closed, string.Empty),

            // What nmap's connect scan calls filtered: no answer, or an ICMP unreachable (host, network, protocol,
            // administratively prohibited, host isolated), which is how a firewall that rejects without a reset answers.
            110 or 113 or 101 or 112 or 92 or 13 or 64 => (PortVerdict.Filtered, Message(error)),
            _ => (PortVerdict.Error, Message(error)),
        };
        if (fd >= 0)
        {
            _ = Close(fd);
        }

        target.Report(verdict, detail, elapsed);
    }

    private static int SocketError(int fd)
    {
        var error = 0;
        var length = sizeof(int);
        return GetSocketOption(fd, SolSocket, SoError, ref error, ref length) == 0 ? error : Marshal.GetLastWin32Error();
    }

    // A connect to a local port in the ephemeral range can be given that very port as its own, and then "succeeds"
    // with nobody listening (TCP's simultaneous open): nmap finds the port closed, and so is it.
    private static bool SelfConnected(int fd, IPEndPoint remote)
    {
        var local = new byte[28];
        var length = local.Length;
        if (GetSocketName(fd, local, ref length) != 0)
        {
            return false;
        }

        var expected = Address(remote);
        for (var i = 0; i < Math.Min(length, expected.Length); i++)
        {
            if (local[i] != expected[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The socket address of an endpoint as Linux lays it out: <c>sockaddr_in</c> or <c>sockaddr_in6</c>.</summary>
    private static byte[] Address(IPEndPoint endpoint)
    {
        var v4 = endpoint.AddressFamily == AddressFamily.InterNetwork;
        var address = new byte[v4 ? 16 : 28];
        BitConverter.GetBytes((ushort)(v4 ? AddressFamilyInet : AddressFamilyInet6)).CopyTo(address, 0);
        address[2] = (byte)(endpoint.Port >> 8);
        address[3] = (byte)endpoint.Port;
        var bytes = endpoint.Address.GetAddressBytes();
        bytes.CopyTo(address, v4 ? 4 : 8);
        if (!v4)
        {
            BitConverter.GetBytes((uint)endpoint.Address.ScopeId).CopyTo(address, 24);
        }

        return address;
    }

    private static int Oldest(long[] started, int count)
    {
        var oldest = 0;
        for (var i = 1; i < count; i++)
        {
            oldest = started[i] < started[oldest] ? i : oldest;
        }

        return oldest;
    }

    private static TimeSpan ToTimeSpan(long ticks) => TimeSpan.FromSeconds(ticks / (double)Stopwatch.Frequency);

    private static string Message(int errno) => errno switch
    {
        110 => "Connection timed out",
        113 => "No route to host",
        101 => "Network is unreachable",
        112 => "Host is down",
        100 => "Network is down",
        92 => "Protocol not available",
        64 => "Machine is not on the network",
        99 => "Cannot assign requested address",
        97 => "Address family not supported by protocol",
        13 => "Permission denied",
        1 => "Operation not permitted",
        TooManyFiles or TooManyFilesSystem => "Too many open files",
        _ => "error " + errno,
    };

    [StructLayout(LayoutKind.Sequential)]
    private readonly struct PollDescriptor
    {
        public readonly int Fd;
        public readonly short Events;
        public readonly short Returned;

        public PollDescriptor(int fd, short events)
        {
            Fd = fd;
            Events = events;
            Returned = 0;
        }
    }

    [DllImport("libc.so.6", EntryPoint = "socket", SetLastError = true)]
    private static extern int Socket(int domain, int type, int protocol);

    [DllImport("libc.so.6", EntryPoint = "connect", SetLastError = true)]
    private static extern int Connect(int fd, byte[] address, int length);

    [DllImport("libc.so.6", EntryPoint = "poll", SetLastError = true)]
    private static extern int Poll([In, Out] PollDescriptor[] descriptors, ulong count, int timeout);

    [DllImport("libc.so.6", EntryPoint = "getsockopt", SetLastError = true)]
    private static extern int GetSocketOption(int fd, int level, int name, ref int value, ref int length);

    [DllImport("libc.so.6", EntryPoint = "getsockname", SetLastError = true)]
    private static extern int GetSocketName(int fd, byte[] address, ref int length);

    [DllImport("libc.so.6", EntryPoint = "close", SetLastError = true)]
    private static extern int Close(int fd);
}
