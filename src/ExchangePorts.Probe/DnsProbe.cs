using System;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;

namespace PortCatalog.Probing;

/// <summary>
/// DNS over UDP, the one UDP service probed: a real query (the root's name servers), open only when a DNS
/// answer with the query's ID comes back; refused (ICMP port unreachable) is closed; silence is filtered, as a
/// silent service cannot be told from a dropping firewall (nmap: open|filtered).
/// </summary>
internal static class DnsProbe
{
    public static async Task<(PortVerdict Verdict, string Detail)> QueryAsync(IPEndPoint endpoint, TimeSpan timeout, CancellationToken cancellationToken)
    {
        UdpClient Open() => new UdpClient(endpoint.AddressFamily);
        if (!SocketSlot.TryOpen(Open, out var opened, out var problem))
        {
            (opened, problem) = await SocketSlot.WaitAsync(Open, timeout, cancellationToken).ConfigureAwait(false);
        }

        if (opened is null)
        {
            return (PortVerdict.Error, problem);
        }

        using var client = opened;
        var id = (ushort)new Random().Next(ushort.MaxValue);
        byte[] query =
        [
            (byte)(id >> 8), (byte)id, 0x01, 0x00, // ID, recursion desired
            0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, // one question
            0x00, // the root name
            0x00, 0x02, 0x00, 0x01, // type NS, class IN
        ];
        using var deadline = new SocketDeadline(client, timeout, cancellationToken);
        try
        {
            client.Connect(endpoint);
            await client.SendAsync(query, query.Length).ConfigureAwait(false);
            var answer = (await client.ReceiveAsync().ConfigureAwait(false)).Buffer;
            return answer.Length >= 12 && answer[0] == query[0] && answer[1] == query[1] && (answer[2] & 0x80) != 0
                ? (PortVerdict.Open, "a DNS answer")
                : (PortVerdict.Error, "an answer that is not DNS");
        }
        catch (Exception exception) when (deadline.Passed && exception is SocketException or ObjectDisposedException)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return (PortVerdict.Filtered, "no DNS answer within " + (int)timeout.TotalMilliseconds + " ms (a silent service looks the same: open|filtered)");
        }
        catch (SocketException exception) when (exception.SocketErrorCode is SocketError.ConnectionRefused or SocketError.ConnectionReset)
        {
            return (PortVerdict.Closed, string.Empty);
        }
        catch (SocketException exception)
        {
            return (PortVerdict.Error, exception.Message);
        }
    }
}
