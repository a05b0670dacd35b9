// Exchange-tooling corpus, written for this benchmark in the way administrators write such checks.
// Lines whose port must be reported end in "// expect: Group.Name" (the entry that must come first).
using System;
using System.Net.Sockets;

namespace Contoso.Exchange.Migration
{
    /// <summary>Moves mailboxes from another provider into Exchange: the source side is that provider's IMAP.</summary>
    public sealed class MailboxMigrator
    {
        private readonly string _sourceImapHost = "imap.gmail.com";

        public TcpClient ConnectSource() => new TcpClient(_sourceImapHost, 993);

        public TcpClient ConnectSourcePlain(string mailboxHost) => new TcpClient(mailboxHost, 143);

        public TcpClient ConnectSourcePop(string mailboxHost) => new TcpClient(mailboxHost, 995);

        public Uri SourceSmtp => new Uri("smtp://smtp.gmail.com:587");

        public static string MigrationBatchName(string mailbox) => "Migration of " + mailbox + " (" + 25 + " items per batch)";
    }

    /// <summary>Words of other fields that say "exchange": none of them is Microsoft Exchange.</summary>
    public static class TokenKeyExchange
    {
        public static TcpClient OpenKeyExchange(string server) => new TcpClient(server, 443);

        public static TcpClient OpenDataExchangeServer(string server) => new TcpClient(server, 443);

        public static Uri ExchangeRateFeed => new Uri("https://rates.example.org:443/latest");
    }
}
