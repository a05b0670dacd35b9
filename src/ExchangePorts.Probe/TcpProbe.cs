using System;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;

namespace PortCatalog.Probing;

/// <summary>
/// A TCP connect probe, as nmap's <c>-sT</c>: the handshake completes, is refused, or nothing answers. One per worker
/// of a probe, used for port after port: its event args and their awaiter are made once, and its deadline is kept by
/// the probe's <see cref="DeadlineSweeper"/>, so a connect allocates no timer, task or event args of its own.
/// </summary>
internal sealed class TcpProbe : IDisposable
{
    // A SocketAsyncEventArgs reports a refusal as a SocketError, not as an exception: a scan is mostly refusals.
    private readonly SocketAsyncEventArgs connect = new();
    private readonly SocketAwaitable completion;
    private readonly object gate = new();
    private Socket? pending;
    private long deadline;
    private bool expired;

    public TcpProbe() => completion = new SocketAwaitable(connect);

    public async Task<(PortVerdict Verdict, string Detail)> ConnectAsync(IPEndPoint endpoint, TimeSpan timeout, CancellationToken cancellationToken)
    {
        Socket Open() => new Socket(endpoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        if (!SocketSlot.TryOpen(Open, out var socket, out var problem))
        {
            (socket, problem) = await SocketSlot.WaitAsync(Open, timeout, cancellationToken).ConfigureAwait(false);
        }

        if (socket is null)
        {
            // Such as an IPv6 address on a machine without IPv6.
            return (PortVerdict.Error, problem);
        }

        SocketError error;
        bool passed;
        using (socket)
        {
            lock (gate)
            {
                (pending, deadline, expired) = (socket, DeadlineSweeper.Now + DeadlineSweeper.Ticks(timeout), false);
            }

            try
            {
                connect.RemoteEndPoint = endpoint;
                completion.Reset();
                if (socket.ConnectAsync(connect))
                {
                    await completion;
                }

                error = connect.SocketError;
            }
            catch (ObjectDisposedException)
            {
                error = SocketError.OperationAborted;
            }
            catch (SocketException exception)
            {
                error = exception.SocketErrorCode;
            }

            lock (gate)
            {
                (pending, passed) = (null, expired);
            }

            cancellationToken.ThrowIfCancellationRequested();

            // A connect to a local port in the ephemeral range can be given that very port as its own, and then
            // "succeeds" with nobody listening (TCP's simultaneous open): nmap finds the port closed, and so is it.
            if (error == SocketError.Success && SelfConnected(socket))
            {
                return (PortVerdict.Closed, "the connection reached its own socket (nothing listens)");
            }
        }

        return error switch
        {
            SocketError.Success => (PortVerdict.Open, string.Empty),
            SocketError.ConnectionRefused => (PortVerdict.Closed, string.Empty),

            // An ICMP unreachable is how a firewall that rejects without a reset answers: nmap says filtered too
            // (host, network or protocol unreachable, administratively prohibited, host down).
            SocketError.TimedOut or SocketError.HostUnreachable or SocketError.NetworkUnreachable or SocketError.HostDown or SocketError.AccessDenied or SocketError.ProtocolOption
                => (PortVerdict.Filtered, new SocketException((int)error).Message),
            _ when passed => (PortVerdict.Filtered, "no answer within " + (int)timeout.TotalMilliseconds + " ms"),
            _ => (PortVerdict.Error, new SocketException((int)error).Message),
        };
    }

    /// <summary>Ends the pending connect when its deadline has passed (at <paramref name="now"/>) or the probe is cancelled.</summary>
    public void Expire(long now, bool cancelled)
    {
        lock (gate)
        {
            if (pending is not null && !expired && (cancelled || now >= deadline))
            {
                expired = true;
                pending.Dispose();
            }
        }
    }

    public void Dispose() => connect.Dispose();

    private static bool SelfConnected(Socket socket)
    {
        try
        {
            return socket.LocalEndPoint is IPEndPoint local && socket.RemoteEndPoint is IPEndPoint remote && local.Equals(remote);
        }
        catch (Exception exception) when (exception is SocketException or ObjectDisposedException)
        {
            return false;
        }
    }
}
