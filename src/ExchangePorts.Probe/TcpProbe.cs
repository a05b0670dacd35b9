using System;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;

namespace PortCatalog.Probing;

/// <summary>A TCP connect probe, as nmap's <c>-sT</c>: the handshake completes, is refused, or nothing answers.</summary>
internal static class TcpProbe
{
    public static async Task<(PortVerdict Verdict, string Detail)> ConnectAsync(IPEndPoint endpoint, TimeSpan timeout, CancellationToken cancellationToken)
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

        using var owned = socket;

        // A SocketAsyncEventArgs reports a refusal as a SocketError, not as an exception: a scan is mostly refusals.
        using var connect = new SocketAsyncEventArgs { RemoteEndPoint = endpoint };

        // Completed runs on a thread-pool thread, not on the socket engine's: the probe may continue on it.
        var completion = new TaskCompletionSource<bool>();
        connect.UserToken = completion;
        connect.Completed += static (_, args) => ((TaskCompletionSource<bool>)args.UserToken!).TrySetResult(true);
        SocketError error;
        bool passed;
        using (var deadline = new SocketDeadline(socket, timeout, cancellationToken))
        {
            try
            {
                if (socket.ConnectAsync(connect))
                {
                    await completion.Task.ConfigureAwait(false);
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

            passed = deadline.Passed;
        }

        cancellationToken.ThrowIfCancellationRequested();

        // A connect to a local port in the ephemeral range can be given that very port as its own, and then
        // "succeeds" with nobody listening (TCP's simultaneous open): nmap finds the port closed, and so is it.
        if (error == SocketError.Success && SelfConnected(socket))
        {
            return (PortVerdict.Closed, "the connection reached its own socket (nothing listens)");
        }

        return error switch
        {
            SocketError.Success => (PortVerdict.Open, string.Empty),
            SocketError.ConnectionRefused => (PortVerdict.Closed, string.Empty),

            // An ICMP unreachable is how a firewall that rejects without a reset answers: nmap says filtered too.
            SocketError.TimedOut or SocketError.HostUnreachable or SocketError.NetworkUnreachable => (PortVerdict.Filtered, new SocketException((int)error).Message),
            _ when passed => (PortVerdict.Filtered, "no answer within " + (int)timeout.TotalMilliseconds + " ms"),
            _ => (PortVerdict.Error, new SocketException((int)error).Message),
        };
    }

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
