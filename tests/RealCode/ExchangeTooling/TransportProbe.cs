// Exchange-tooling corpus, written for this benchmark in the way administrators write such checks.
// Lines whose port must be reported end in "// expect: Group.Name" (the entry that must come first).
using System;
using System.Net.Mail;
using System.Net.Sockets;
using System.Threading.Tasks;

namespace Contoso.Exchange.Checks
{
    public sealed class TransportProbe
    {
        private readonly string _hubServer = "ex2007-hub01.contoso.local";

        public int HubSubmissionPort { get; set; } = 587; // expect: HubToHub.SmtpSubmission

        public async Task<bool> ProbeEdgeAsync(string edgeServer)
        {
            using var client = new TcpClient();
            await client.ConnectAsync(edgeServer, 25); // expect: HubToEdge.Smtp
            return client.Connected;
        }

        public SmtpClient HubToHubClient() => new SmtpClient(_hubServer, 25); // expect: HubToHub.Smtp

        public string EdgeSmtpAddress(string edgeHost) => $"smtp://{edgeHost}:25"; // expect: HubToEdge.Smtp

        public SmtpClient PublicRelay()
        {
            // Mail to a public provider is not an Exchange data path: not reported.
            return new SmtpClient("smtp.office365.com", 587) { EnableSsl = true };
        }

        public int Timeout { get; set; } = 25;
    }
}
