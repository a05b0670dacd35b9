// Exchange-tooling corpus, written for this benchmark in the way administrators write such checks.
// Lines whose port must be reported end in "// expect: Group.Name" (the entry that must come first).
using System;
using System.Net.Sockets;

namespace Contoso.Exchange.Checks
{
    /// <summary>Is Exchange's client access up: Outlook on the web, EWS, Autodiscover, ActiveSync, IMAP.</summary>
    public static class ClientAccessProbe
    {
        public static Uri Owa(string casServer) => new Uri($"https://{casServer}:443/owa/"); // expect: ClientAccess.Https

        public static Uri Ews => new Uri("https://mail.contoso.com:443/EWS/Exchange.asmx"); // expect: ClientAccess.Https

        public static TcpClient Autodiscover(string host) => new TcpClient("autodiscover." + host, 443); // expect: ClientAccess.Https

        public static TcpClient ActiveSync(string exchangeServer) => new TcpClient(exchangeServer, 443); // expect: ClientAccess.Https

        public static TcpClient ExchangeImap(string exchangeServer) => new TcpClient(exchangeServer, 993); // expect: ClientAccess.Imap4Secure

        public static TcpClient HybridMailFlow(string exchangeOnlineEndpoint) => new TcpClient(exchangeOnlineEndpoint, 25); // expect: Hybrid.SmtpOutbound
    }
}
