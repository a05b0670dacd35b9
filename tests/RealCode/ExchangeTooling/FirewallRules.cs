// Exchange-tooling corpus, written for this benchmark in the way administrators write such checks.
// Lines whose port must be reported end in "// expect: Group.Name" (the entry that must come first).
using System.Collections.Generic;

namespace Contoso.Exchange.Firewall
{
    public sealed record Rule(string Name, string Source, string Destination, int Port, string Protocol);

    public static class EdgeFirewallRules
    {
        public static IEnumerable<Rule> Build(string hub, string edge)
        {
            yield return new Rule("Hub to Edge SMTP", hub, edge, 25, "tcp"); // expect: HubToEdge.Smtp
            yield return new Rule("EdgeSync secure LDAP", hub, edge, 50636, "tcp"); // expect: EdgeSync.SecureLdap
            yield return new Rule("Edge ADAM LDAP", edge, edge, 50389, "tcp"); // expect: EdgeAdam.Ldap
            yield return new Rule("Internet HTTPS", "any", edge, 443, "tcp");
        }

        public static Rule WebTraffic(string proxy) => new Rule("Proxy", proxy, "internet", 80, "tcp");
    }
}
