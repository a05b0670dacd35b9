using System;
using System.IO;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using PortCatalog;

namespace PortCatalog.Probing;

/// <summary>
/// Whether an open port's service answers as its catalog entry says: SMTP's <c>220</c>, POP3's <c>+OK</c>,
/// IMAP's <c>* OK</c> greeting, read after a TLS handshake where the service is one over SSL or TLS
/// (<c>IMAP4 over SSL</c>, <c>LDAPS</c>, <c>HTTPS</c>). SMTP's <c>SSL</c> or <c>TLS</c> on a relay port is
/// STARTTLS, after the greeting, so it is not a handshake here. Certificates are not judged: the check is
/// about the protocol, not about trust.
/// </summary>
internal static class ServiceCheck
{
    /// <summary>What the entry's service should do, or null when nothing can be checked.</summary>
    public static (string? Greeting, string Name, bool Tls)? Expected(PortDefinition entry)
    {
        var service = entry.Service.ToUpperInvariant();
        var tls = service.Contains("SSL") || service.Contains("TLS") || service.Contains("LDAPS") || service.Contains("HTTPS");
        var greeting = service.Contains("SMTP") ? ("220", "SMTP") : service.Contains("POP3") ? ("+OK", "POP3") : service.Contains("IMAP") ? ("* OK", "IMAP") : ((string?)null, string.Empty);
        if (greeting.Item1 is null && !tls)
        {
            return null;
        }

        return (greeting.Item1, greeting.Item2.Length > 0 ? greeting.Item2 : "TLS", tls);
    }

    /// <summary>Connects again and reads the greeting (after TLS where expected); true when the service answered as expected.</summary>
    public static async Task<(bool Answered, string Detail)> CheckAsync(IPEndPoint endpoint, string host, (string? Greeting, string Name, bool Tls) expected, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var client = new TcpClient(endpoint.AddressFamily);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        stop.CancelAfter(timeout);
        using var registration = stop.Token.Register(client.Dispose);
        try
        {
            await client.ConnectAsync(endpoint.Address, endpoint.Port).ConfigureAwait(false);
            Stream stream = client.GetStream();
            if (expected.Tls)
            {
                var ssl = new SslStream(stream, leaveInnerStreamOpen: false, static (_, _, _, _) => true);
                await ssl.AuthenticateAsClientAsync(host).ConfigureAwait(false);
                stream = ssl;
                if (expected.Greeting is null)
                {
                    return (true, "TLS handshake (" + ssl.SslProtocol + ")");
                }
            }

            var line = await ReadLineAsync(stream).ConfigureAwait(false);
            return line.StartsWith(expected.Greeting!, StringComparison.Ordinal)
                ? (true, expected.Name + " greeting: " + line)
                : (false, "no " + expected.Name + " greeting: " + (line.Length == 0 ? "nothing" : "'" + line + "'"));
        }
        catch (Exception exception) when (exception is IOException or SocketException or ObjectDisposedException or System.Security.Authentication.AuthenticationException)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return (false, (expected.Tls ? "no TLS" : "no " + expected.Name + " greeting") + (stop.IsCancellationRequested ? " within the timeout" : ": " + exception.Message));
        }
    }

    private static async Task<string> ReadLineAsync(Stream stream)
    {
        var buffer = new byte[512];
        var text = new StringBuilder();
        while (text.Length < 512)
        {
            var read = await stream.ReadAsync(buffer, 0, buffer.Length).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            text.Append(Encoding.ASCII.GetString(buffer, 0, read));
            var end = text.ToString().IndexOf('\n');
            if (end >= 0)
            {
                return text.ToString(0, end).TrimEnd('\r');
            }
        }

        return text.ToString().TrimEnd('\r', '\n');
    }
}
