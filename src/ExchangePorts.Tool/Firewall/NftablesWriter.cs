using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace ExchangePorts.Tool.Firewall;

/// <summary>
/// An nftables ruleset in a table of its own, loadable with <c>nft -f</c> and again (it deletes and recreates
/// its table). The chain's policy stays accept, so the file opens the catalog's ports to their peers and
/// closes them to everyone else without touching other traffic: each port is accepted from its peers' addresses,
/// then dropped.
/// </summary>
internal static class NftablesWriter
{
    public static string Write(FirewallPlan plan)
    {
        var table = "exchange_ports_" + plan.Role.ToLowerInvariant() + (plan.Outbound ? "_out" : "_in");
        var (chain, hook, address, port) = plan.Outbound ? ("output", "output", "daddr", "dport") : ("input", "input", "saddr", "dport");
        var text = new StringBuilder();
        text.Append("#!/usr/sbin/nft -f\n");
        text.Append("# ").Append(plan.CommandLine).Append('\n');
        text.Append("# The ").Append(plan.Direction).Append(" rules a server of role ").Append(plan.Role).Append(" needs, in a table of their own.\n");
        foreach (var note in plan.Notes)
        {
            text.Append("# Note: ").Append(note).Append('\n');
        }

        text.Append("table inet ").Append(table).Append('\n');
        text.Append("delete table inet ").Append(table).Append('\n');
        text.Append("table inet ").Append(table).Append(" {\n");
        text.Append("\tchain ").Append(chain).Append(" {\n");
        text.Append("\t\ttype filter hook ").Append(hook).Append(" priority 0; policy accept;\n");

        var closed = new List<(string Protocol, string Ports)>();
        foreach (var rule in plan.Rules)
        {
            text.Append('\n');
            text.Append("\t\t# ").Append(RuleText.DisplayName(plan, rule)).Append(": ").Append(RuleText.Description(rule)).Append('\n');
            var protocol = rule.Protocol.ToLowerInvariant();
            var ports = protocol + " " + port + " { " + rule.Ports + " }";
            if (rule.Addresses.Count == 0)
            {
                text.Append("\t\t").Append(ports).Append(" accept\n");
            }
            else
            {
                foreach (var (family, addresses) in new[] { ("ip", rule.Addresses.Where(a => !AllowList.IsIPv6(a)).ToList()), ("ip6", rule.Addresses.Where(AllowList.IsIPv6).ToList()) })
                {
                    if (addresses.Count > 0)
                    {
                        text.Append("\t\t").Append(family).Append(' ').Append(address).Append(" { ").Append(string.Join(", ", addresses)).Append(" } ").Append(ports).Append(" accept\n");
                    }
                }
            }

            if (!closed.Contains((protocol, rule.Ports)))
            {
                closed.Add((protocol, rule.Ports));
            }
        }

        if (closed.Count > 0)
        {
            text.Append("\n\t\t# The same ports from any other address: dropped.\n");
            foreach (var (protocol, ports) in closed)
            {
                text.Append("\t\t").Append(protocol).Append(' ').Append(port).Append(" { ").Append(ports).Append(" } drop\n");
            }
        }

        text.Append("\t}\n}\n");
        return text.ToString();
    }
}
