using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Sockets;
using ExchangePorts.Operations.Planning;
using Xunit;

namespace ExchangePorts.Tool.Tests.Consumers;

/// <summary>
/// Loads a ruleset the tool wrote with <c>nft -f</c> into a namespace that already holds another tool's table, twice (as
/// a re-run would), and returns what nft holds; the other table must come out as it went in.
/// </summary>
internal static class NftLoad
{
    /// <summary>Another tool's table: a chain on the same hook, a set and a rule, which loading the tool's file must leave alone.</summary>
    public const string OtherTable =
        "table inet other_tool {\n\tset blocked {\n\t\ttype ipv4_addr\n\t\telements = { 192.0.2.1 }\n\t}\n\n" +
        "\tchain input {\n\t\ttype filter hook input priority 10; policy accept;\n\t\tip saddr @blocked drop\n\t\ttcp dport 22 accept\n\t}\n}\n";

    public static NftRuleset Into(NetworkNamespace space, string ruleset)
    {
        space.Must("nft", "flush", "ruleset");
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, OtherTable);
            space.Must("nft", "-f", file);
            var before = NftRuleset.Parse(space.Must("nft", "-j", "list", "ruleset"));

            File.WriteAllText(file, ruleset);
            space.Must("nft", "-f", file);
            space.Must("nft", "-f", file);
            var after = NftRuleset.Parse(space.Must("nft", "-j", "list", "ruleset"));
            Assert.Equal(before.Objects.Where(o => o.Table == "other_tool"), after.Objects.Where(o => o.Table == "other_tool"));
            Assert.True(after.Tables.Count() <= 2, "tables: " + string.Join(", ", after.Tables));
            return after;
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>
    /// The rules a plan means, as <see cref="NftRuleset"/> words them: the host's own traffic and replies first; each
    /// rule accepted from (toward) its addresses, by family; new connections on restricted ports dropped.
    /// </summary>
    private static readonly Comparer<byte[]> AddressOrder = Comparer<byte[]>.Create((a, b) => a.AsSpan().SequenceCompareTo(b));

    // A new TCP connection is dropped tracked or not; UDP only when tracked (untracked may be a reply).
    private static string Drop(string protocol, string ports) =>
        protocol == "TCP" ? "ct state new,untracked tcp flags & syn,ack syn " + ports + " drop" : "ct state new " + ports + " drop";

    public static List<string> Expected(FirewallPlan plan)
    {
        var (peer, loopback) = plan.Outbound ? ("daddr", "oif") : ("saddr", "iif");
        var rules = new List<string> { "meta " + loopback + " lo accept", "ct state established,related accept" };
        var drops = new List<string>();
        foreach (var rule in plan.Rules)
        {
            var ports = rule.Protocol.ToLowerInvariant() + " dport " + rule.Ports;
            if (rule.Addresses.IsAny)
            {
                rules.Add(ports + " accept");
                continue;
            }

            foreach (var (family, kind) in new[] { ("ip", AddressFamily.InterNetwork), ("ip6", AddressFamily.InterNetworkV6) })
            {
                // nft holds a set's elements in address order, whatever order they were written in.
                var addresses = rule.Addresses.Networks.Where(n => n.BaseAddress.AddressFamily == kind)
                    .OrderBy(n => n.BaseAddress.GetAddressBytes(), AddressOrder).Select(AddressSet.Text).ToList();
                if (addresses.Count > 0)
                {
                    rules.Add(family + " " + peer + " " + string.Join(",", addresses) + " " + ports + " accept");
                }
            }

            drops.Add(Drop(rule.Protocol, ports));
        }

        // The role's own ports (Local), closed to every other host.
        var locals = plan.LocalOnly.Select(local => Drop(local.Protocol, local.Protocol.ToLowerInvariant() + " dport " + local.Ports));
        return rules.Distinct().Concat(drops.Distinct()).Concat(locals).ToList();
    }
}
