// Exchange-tooling corpus, written for this benchmark in the way administrators write such checks.
// Lines whose port must be reported end in "// expect: Group.Name" (the entry that must come first).
using System;
using System.Net;
using System.Net.Sockets;

namespace Contoso.Exchange.Checks
{
    public static class EdgeSyncCheck
    {
        private const int SecureLdapPort = 50636; // expect: EdgeSync.SecureLdap
        private static readonly string[] EdgeServers = { "edge01.contoso.com", "edge02.contoso.com" };

        public static bool CanReachEdgeSync(IPAddress edgeAddress)
        {
            using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            socket.Connect(new IPEndPoint(edgeAddress, 50636)); // expect: EdgeSync.SecureLdap
            return socket.Connected;
        }

        public static void CheckAll()
        {
            foreach (var edge in EdgeServers)
            {
                using var client = new TcpClient();
                client.Connect(edge, SecureLdapPort);
                Console.WriteLine($"{edge}: EdgeSync reachable");
            }
        }

        public static int GetEdgeSyncLdapPort(bool secure)
        {
            return secure ? 50636 : 50389; // expect: EdgeSync.SecureLdap // expect: EdgeSync.Ldap
        }

        public static Uri AdamUri(string edgeHost) => new Uri($"ldap://{edgeHost}:50389/"); // expect: EdgeSync.Ldap
    }
}
