// Exchange-tooling corpus, written for this benchmark in the way administrators write such checks.
// Lines whose port must be reported end in "// expect: Group.Name" (the entry that must come first).
using System;
using System.Net.Sockets;

namespace Contoso.Exchange.Checks
{
    /// <summary>What a Hub Transport server needs from its domain controllers.</summary>
    public sealed class HubDirectoryCheck
    {
        public int DefaultGCPort = 3268; // expect: HubToActiveDirectory.GlobalCatalog
        public int HubKerberosPort { get; } = 88; // expect: HubToActiveDirectory.Kerberos
        public int HubDnsPort => 53; // expect: HubToActiveDirectory.Dns

        public int GetHubLdapPort(bool requireGCs) => requireGCs ? 3268 : 389; // expect: HubToActiveDirectory.GlobalCatalog // expect: HubToActiveDirectory.Ldap

        public void Check(string dc)
        {
            using var ldap = new TcpClient(dc, GetHubLdapPort(false));
            Console.WriteLine("Checking " + dc + " for the hub: " + ldap.Connected);
        }
    }
}
