using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
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
/// (<c>IMAP4 over SSL</c>, <c>LDAPS</c>, <c>HTTPS</c>, <c>SMTPS</c>). An SMTP entry whose security names TLS, SSL or
/// encryption means STARTTLS, as Exchange's SMTP ports (25, 587, 465, 2525, 717) use it: after the greeting,
/// <c>EHLO</c> must offer <c>STARTTLS</c>, which must answer <c>220</c> and lead to a TLS handshake.
/// Certificates are not judged: the check is about the protocol, not about trust.
/// </summary>
internal static class ServiceCheck
{
    // The names of services that are TLS from the first byte (RFC 8314 for SMTPS, POP3S and IMAPS).
    private static readonly string[] ImplicitTlsNames = ["LDAPS", "HTTPS", "SMTPS", "POP3S", "IMAPS"];

    /// <summary>What the entry's service should do, or null when nothing can be checked.</summary>
    public static Expectation? Expected(PortDefinition entry)
    {
        var service = entry.Service.ToUpperInvariant();
        var security = entry.Security.ToUpperInvariant();
        var tls = service.Contains("SSL") || service.Contains("TLS") || ImplicitTlsNames.Any(service.Contains);
        var (greeting, name) = service.Contains("SMTP") ? ("220", "SMTP") : service.Contains("POP3") ? ("+OK", "POP3") : service.Contains("IMAP") ? ("* OK", "IMAP") : ((string?)null, "TLS");
        if (greeting is null && !tls)
        {
            return null;
        }

        var startTls = name == "SMTP" && !tls && (security.Contains("TLS") || security.Contains("SSL") || security.Contains("ENCRYPT"));
        return new Expectation(greeting, name, tls, startTls ? entry.Security : null);
    }

    /// <summary>Connects again and reads the greeting (after TLS where expected, and STARTTLS); true when the service answered as expected.</summary>
    public static async Task<(bool Answered, string Detail)> CheckAsync(IPEndPoint endpoint, string host, Expectation expected, TimeSpan timeout, CancellationToken cancellationToken)
    {
        TcpClient Open() => new TcpClient(endpoint.AddressFamily);
        if (!SocketSlot.TryOpen(Open, out var opened, out var problem))
        {
            (opened, problem) = await SocketSlot.WaitAsync(Open, timeout, cancellationToken).ConfigureAwait(false);
        }

        if (opened is null)
        {
            return (false, "the check could not make a socket: " + problem);
        }

        using var client = opened;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        stop.CancelAfter(timeout);
        using var registration = stop.Token.Register(client.Dispose);
        var said = new List<string>();
        try
        {
            await client.ConnectAsync(endpoint.Address, endpoint.Port).ConfigureAwait(false);
            Stream stream = client.GetStream();
            if (expected.Tls)
            {
                var ssl = await HandshakeAsync(stream, host).ConfigureAwait(false);
                stream = ssl;
                if (expected.Greeting is null)
                {
                    return (true, "TLS handshake (" + ssl.SslProtocol + ")");
                }
            }

            var lines = new LineReader(stream);
            var line = await lines.ReadAsync().ConfigureAwait(false);
            if (!line.StartsWith(expected.Greeting!, StringComparison.Ordinal))
            {
                return (false, "no " + expected.Name + " greeting: " + (line.Length == 0 ? "nothing" : "'" + line + "'"));
            }

            said.Add(expected.Name + " greeting: " + line);
            if (expected.StartTlsBecause is null)
            {
                return (true, said[0]);
            }

            // RFC 3207: EHLO (named by this end's address literal, RFC 5321 4.1.3), then STARTTLS, then TLS.
            var local = ((IPEndPoint)client.Client.LocalEndPoint!).Address;
            await WriteAsync(stream, "EHLO [" + (local.AddressFamily == AddressFamily.InterNetworkV6 ? "IPv6:" : string.Empty) + local + "]").ConfigureAwait(false);
            var (ehloCode, extensions) = await lines.ReadReplyAsync().ConfigureAwait(false);
            if (ehloCode != "250")
            {
                return (false, said[0] + "; " + Refusal("EHLO", extensions[0]));
            }

            if (!extensions.Exists(e => e.Length > 4 && e.Substring(4).Trim().Equals("STARTTLS", StringComparison.OrdinalIgnoreCase)))
            {
                return (false, said[0] + "; no STARTTLS offered, though the entry says '" + expected.StartTlsBecause + "'");
            }

            await WriteAsync(stream, "STARTTLS").ConfigureAwait(false);
            var (readyCode, ready) = await lines.ReadReplyAsync().ConfigureAwait(false);
            if (readyCode != "220")
            {
                return (false, said[0] + "; " + Refusal("STARTTLS", ready[0]));
            }

            said.Add("STARTTLS");
            var secured = await HandshakeAsync(stream, host).ConfigureAwait(false);
            return (true, string.Join("; ", said) + ", TLS handshake (" + secured.SslProtocol + ")");
        }
        catch (Exception exception) when (exception is IOException or SocketException or ObjectDisposedException or System.Security.Authentication.AuthenticationException)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var step = expected.Tls || said.Count == 2 ? "no TLS" : said.Count == 1 ? "no STARTTLS" : "no " + expected.Name + " greeting";
            return (false, (said.Count > 0 ? said[0] + "; " : string.Empty) + step + (stop.IsCancellationRequested ? " within the timeout" : ": " + exception.Message));
        }
    }

    private static string Refusal(string command, string reply) =>
        reply.Length == 0 ? "no reply to " + command : command + " refused: '" + reply + "'";

    private static async Task<SslStream> HandshakeAsync(Stream stream, string host)
    {
        var ssl = new SslStream(stream, leaveInnerStreamOpen: false, static (_, _, _, _) => true);
        await ssl.AuthenticateAsClientAsync(host).ConfigureAwait(false);
        return ssl;
    }

    private static Task WriteAsync(Stream stream, string command)
    {
        var bytes = Encoding.ASCII.GetBytes(command + "\r\n");
        return stream.WriteAsync(bytes, 0, bytes.Length);
    }

    /// <summary>What an entry's service should answer: its greeting, whether TLS comes first, and the security text that asks for STARTTLS.</summary>
    public sealed class Expectation
    {
        public Expectation(string? greeting, string name, bool tls, string? startTlsBecause)
        {
            Greeting = greeting;
            Name = name;
            Tls = tls;
            StartTlsBecause = startTlsBecause;
        }

        public string? Greeting { get; }

        public string Name { get; }

        public bool Tls { get; }

        public string? StartTlsBecause { get; }

        /// <summary>The same for two entries exactly when their checks are the same.</summary>
        public string Key => Greeting + "|" + Name + "|" + (Tls ? "tls" : "plain") + "|" + (StartTlsBecause is null ? "-" : "starttls");
    }

    /// <summary>
    /// Lines of a text protocol, read without reading past the last line asked for, so that a TLS handshake can
    /// follow STARTTLS's reply on the same stream.
    /// </summary>
    private sealed class LineReader
    {
        private const int MaxLine = 1000; // RFC 5321 4.5.3.1.5: a reply line is at most 512 octets; room to spare.
        private readonly Stream stream;
        private readonly byte[] one = new byte[1];

        public LineReader(Stream stream) => this.stream = stream;

        /// <summary>The next line without its CR LF; empty when the stream ends first.</summary>
        public async Task<string> ReadAsync()
        {
            var text = new StringBuilder();
            while (text.Length < MaxLine && await stream.ReadAsync(one, 0, 1).ConfigureAwait(false) == 1)
            {
                if (one[0] == '\n')
                {
                    break;
                }

                text.Append((char)one[0]);
            }

            return text.ToString().TrimEnd('\r');
        }

        /// <summary>An SMTP reply: its code and its lines (RFC 5321 4.2: <c>250-</c> continues, <c>250 </c> ends).</summary>
        public async Task<(string Code, List<string> Lines)> ReadReplyAsync()
        {
            var lines = new List<string>();
            while (true)
            {
                var line = await ReadAsync().ConfigureAwait(false);
                lines.Add(line);
                if (line.Length < 4 || line[3] != '-' || lines.Count > 100)
                {
                    return (line.Length >= 3 ? line.Substring(0, 3) : line, lines);
                }
            }
        }
    }
}
