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
        var socket = new Socket(endpoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            var connect = socket.ConnectAsync(endpoint);
            if (!await Deadline.WithinAsync(connect, timeout, socket, cancellationToken).ConfigureAwait(false))
            {
                return (PortVerdict.Filtered, "no answer within " + (int)timeout.TotalMilliseconds + " ms");
            }

            await connect.ConfigureAwait(false);
            return (PortVerdict.Open, string.Empty);
        }
        catch (SocketException exception) when (exception.SocketErrorCode == SocketError.ConnectionRefused)
        {
            return (PortVerdict.Closed, string.Empty);
        }
        catch (SocketException exception) when (exception.SocketErrorCode is SocketError.TimedOut or SocketError.HostUnreachable or SocketError.NetworkUnreachable)
        {
            // An ICMP unreachable is how a firewall that rejects without a reset answers: nmap says filtered too.
            return (PortVerdict.Filtered, exception.Message);
        }
        catch (SocketException exception)
        {
            return (PortVerdict.Error, exception.Message);
        }
        finally
        {
            socket.Dispose();
        }
    }
}
