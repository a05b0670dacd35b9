// Exchange-tooling corpus, written for this benchmark in the way administrators write such checks.
// Lines whose port must be reported end in "// expect: Group.Name" (the entry that must come first).
using System;
using System.Collections.Generic;
using System.Net.Sockets;

namespace Contoso.Exchange.Checks
{
    public static class MailboxRpcCheck
    {
        public static IEnumerable<string> MailboxServers() => new[] { "ex2007-mbx01", "ex2007-mbx02" };

        public static void Run()
        {
            foreach (var server in MailboxServers())
            {
                using var mailboxRpc = new TcpClient(server, 135); // expect: HubToMailbox.Rpc
                Console.WriteLine($"{server}: endpoint mapper {(mailboxRpc.Connected ? "up" : "down")}");
            }

            // Plain directory access from a workstation: not an Exchange data path, not reported.
            using var dc = new TcpClient("dc01.contoso.local", 389);
            using var gc = new TcpClient("dc01.contoso.local", 3268);
        }
    }
}
