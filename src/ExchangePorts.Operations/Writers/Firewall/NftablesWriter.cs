using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Text;
using ExchangePorts.Operations.Planning;
using ExchangePorts.Operations.Writers;

namespace ExchangePorts.Operations.Writers;

/// <summary>
/// An nftables ruleset in a table of its own, loadable with <c>nft -f</c> and again (it deletes and recreates only its
/// table). It changes only the connections it is about: the chain's policy stays accept; the host's traffic to itself,
/// replies and related traffic pass first (the server's own connections get their replies on any local port); then each
/// port is accepted from (or, outbound, toward) its peers' addresses, IPv4 and IPv6 each in their own family, and new
/// connections to it from (or toward) any other address are dropped: for TCP only the opening SYN, so a connection that
/// was open before the file was loaded (which conntrack first sees mid-stream, as new) carries on. Free text is only in
/// comments (<see cref="NftText"/>).
/// </summary>
internal static class NftablesWriter
{
    public static string Write(FirewallPlan plan)
    {
        var table = TableName(plan);
        var (hook, peer, loopback) = plan.Outbound ? ("output", "daddr", "oif") : ("input", "saddr", "iif");
        var text = new StringBuilder();
        text.Append("#!/usr/sbin/nft -f\n");
        text.Append(NftText.Comment(plan.CommandLine)).Append('\n');
        text.Append(NftText.Comment("The " + plan.Direction + " rules a server of role " + plan.Role + " needs, in a table of their own.")).Append('\n');
        foreach (var note in plan.Notes)
        {
            text.Append(NftText.Comment("Note: " + note)).Append('\n');
        }

        text.Append("table inet ").Append(table).Append('\n');
        text.Append("delete table inet ").Append(table).Append('\n');
        text.Append("table inet ").Append(table).Append(" {\n");
        text.Append("\tchain ").Append(hook).Append(" {\n");
        text.Append("\t\ttype filter hook ").Append(hook).Append(" priority filter; policy accept;\n\n");
        text.Append("\t\t").Append(NftText.Comment("The host's connections to itself, and the replies and related traffic of connections under way, pass.")).Append('\n');
        text.Append("\t\t").Append(loopback).Append(" \"lo\" accept\n");
        text.Append("\t\tct state established,related accept\n");

        var written = new HashSet<string>();
        var closed = new List<string>();
        foreach (var rule in plan.Rules)
        {
            text.Append('\n');
            text.Append("\t\t").Append(NftText.Comment(rule.DisplayName + ": " + rule.Description)).Append('\n');
            var ports = rule.Protocol.ToLowerInvariant() + " dport " + rule.Ports;
            var lines = rule.Addresses.IsAny
                ? [ports + " accept"]
                : Family("ip", peer, rule.Addresses.IPv4, ports).Concat(Family("ip6", peer, rule.Addresses.IPv6, ports));
            foreach (var line in lines)
            {
                // The dynamic RPC range and a catalog range can be the same line in nftables.
                if (written.Add(line))
                {
                    text.Append("\t\t").Append(line).Append('\n');
                }
            }

            if (!rule.Addresses.IsAny && !closed.Contains(ports))
            {
                closed.Add(ports);
            }
        }

        if (closed.Count > 0)
        {
            text.Append("\n\t\t").Append(NftText.Comment("New connections on the same ports " + (plan.Outbound ? "toward" : "from") + " any other address: dropped.")).Append('\n');
            foreach (var ports in closed)
            {
                text.Append("\t\t").Append(Drop(ports)).Append('\n');
            }
        }

        if (plan.LocalOnly.Count > 0)
        {
            text.Append("\n\t\t").Append(NftText.Comment(
                "The server's own ports (Local: " + string.Join(", ", plan.LocalOnly.SelectMany(p => p.Entries).Distinct().Select(e => e.FullName)) + "): no other host reaches them.")).Append('\n');
            foreach (var local in plan.LocalOnly)
            {
                text.Append("\t\t").Append(Drop(local.Protocol.ToLowerInvariant() + " dport " + local.Ports)).Append('\n');
            }
        }

        text.Append("\t}\n}\n");
        return text.ToString();
    }

    /// <summary>
    /// The drop of new connections to <paramref name="ports"/> (<c>tcp dport 50636</c>). A TCP connection starts with a
    /// SYN alone, which is dropped tracked or not: a table that exempts packets from connection tracking (notrack) must
    /// not open the port. A UDP datagram that is not tracked cannot be told from a reply to the host's own traffic, so
    /// only tracked new ones are dropped.
    /// </summary>
    private static string Drop(string ports) =>
        ports.StartsWith("tcp", System.StringComparison.Ordinal)
            ? "ct state new,untracked tcp flags & (syn | ack) == syn " + ports + " drop"
            : "ct state new " + ports + " drop";

    /// <summary><c>exchange_ports_edge_in</c>: one table per role and direction, so loading one file leaves the others.</summary>
    public static string TableName(FirewallPlan plan) => NftText.Name("exchange_ports_", plan.Role, plan.Outbound ? "_out" : "_in");

    private static IEnumerable<string> Family(string family, string peer, IEnumerable<Network> networks, string ports)
    {
        var texts = networks.Select(AddressSet.Text).ToList();
        if (texts.Count > 0)
        {
            yield return family + " " + peer + " { " + string.Join(", ", texts) + " } " + ports + " accept";
        }
    }
}
