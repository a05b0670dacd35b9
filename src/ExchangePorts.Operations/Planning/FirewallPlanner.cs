using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ExchangePorts.Generators.Model;
using ExchangePorts.Operations.Entries;
using ExchangePorts.Operations.Errors;

namespace ExchangePorts.Operations.Planning;

/// <summary>
/// Decides the rules a server of a role needs: inbound, the entries whose destination is the role, from each of their
/// source roles; outbound, the entries whose source is it, to each destination role. A port is opened once per set of
/// addresses: entries on the same port and transport toward the same addresses share one rule, and a rule whose port
/// and addresses another rule already opens is folded into it, so no rule repeats or widens another.
/// </summary>
internal static class FirewallPlanner
{
    /// <summary>Windows' dynamic RPC range since Windows Server 2008, which RPC on 135 hands ports out of.</summary>
    public const int DynamicRpcFirst = 49152;

    public const int DynamicRpcLast = 65535;

    public static FirewallPlan Plan(CatalogSet catalogs, string role, bool outbound, AllowList allow, bool allowAny, string commandLine, ParameterNames? names = null)
    {
        names ??= ParameterNames.CommandLine;
        var roles = catalogs.Roles;
        var known = RoleKeys.Find(roles, names.Role, role);
        if (known == RoleKeys.Local)
        {
            throw new OperationsException(names.Role + ": Local is the server itself, not a role of a server; give the role the rules are for, one of " + string.Join(", ", roles.Where(r => r != RoleKeys.Local)) + ".");
        }

        foreach (var allowed in allow.Roles)
        {
            RoleKeys.Find(roles, names.Allow, allowed);
        }

        var drafts = new List<Draft>();
        var locals = new List<(string Protocol, PortEntry Entry)>();
        var notes = new List<string>();
        var missing = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var entry in catalogs.Entries)
        {
            var (mine, peers) = outbound ? (entry.FromRoles, entry.ToRoles) : (entry.ToRoles, entry.FromRoles);
            if (!mine.Contains(known, StringComparer.Ordinal))
            {
                continue;
            }

            foreach (var peer in peers)
            {
                if (peer == RoleKeys.Local)
                {
                    Note(notes, entry.FullName + " (" + entry.Ports + "): local to the server, no rule needed");
                    locals.AddRange(new[] { (PortTransport.Tcp, "TCP"), (PortTransport.Udp, "UDP") }.Where(t => (entry.Spec.Transport & t.Item1) != 0).Select(t => (t.Item2, entry)));
                    continue;
                }

                var unrestricted = RoleKeys.Internal.Contains(known) && RoleKeys.Internal.Contains(peer);
                var addresses = AddressSet.AnyAddress;
                if (unrestricted)
                {
                    Note(notes, entry.FullName + " (" + entry.Route("->") + ", " + entry.Ports + "): Microsoft does not support restricting traffic between internal Exchange servers and domain controllers; the rule allows any address");
                }
                else if (!allow.TryGet(peer, out addresses) && !allowAny)
                {
                    if (!missing.TryGetValue(peer, out var needing))
                    {
                        missing.Add(peer, needing = []);
                    }

                    needing.Add(entry.FullName);
                }

                foreach (var (transport, protocol) in new[] { (PortTransport.Tcp, "TCP"), (PortTransport.Udp, "UDP") })
                {
                    if ((entry.Spec.Transport & transport) == 0)
                    {
                        continue;
                    }

                    var isRpc = protocol == "TCP" && entry.Spec.Port == 135 && entry.Spec.LastPort == 135;
                    drafts.Add(new Draft(protocol, entry.Spec.Port, entry.Spec.LastPort, isRpc ? RpcPart.EndpointMapper : RpcPart.None, peer, addresses, unrestricted, entry));
                    if (isRpc)
                    {
                        drafts.Add(new Draft(protocol, DynamicRpcFirst, DynamicRpcLast, RpcPart.Dynamic, peer, addresses, unrestricted, entry));
                    }
                }

                if ((entry.Spec.Transport & ~(PortTransport.Tcp | PortTransport.Udp)) != 0)
                {
                    Note(notes, entry.FullName + ": only its TCP and UDP ports get rules (" + PortTransportText.Of(entry.Spec.Transport) + ")");
                }
            }
        }

        if (missing.Count > 0)
        {
            var needs = missing.Select(m => m.Key + " (for " + string.Join(", ", m.Value.Distinct().Take(3)) + (m.Value.Distinct().Count() > 3 ? ", ..." : string.Empty) + ")");
            throw new OperationsException(
                "The rules need the addresses of " + string.Join(", ", needs) + ": give each with " + names.AllowSyntax + " (such as " +
                string.Format(CultureInfo.InvariantCulture, names.AllowExample, missing.Keys.First()) + "), or pass " + names.AllowAny + ".");
        }

        var group = "ExchangePorts " + known + " " + (outbound ? "outbound" : "inbound");
        var rules = Rules(Merge(drafts), known, outbound);
        return new FirewallPlan(known, outbound, group, rules, notes, commandLine, outbound ? [] : LocalOnly(locals, rules));
    }

    /// <summary>Each local-only port once, unless a rule opens any of it to another role (then that rule decides).</summary>
    private static List<LocalPort> LocalOnly(List<(string Protocol, PortEntry Entry)> locals, List<FirewallRule> rules) =>
        locals
            .Where(l => !rules.Any(r => r.Protocol == l.Protocol && r.FirstPort <= l.Entry.Spec.LastPort && l.Entry.Spec.Port <= r.LastPort))
            .GroupBy(l => (l.Protocol, l.Entry.Spec.Port, l.Entry.Spec.LastPort))
            .Select(g => new LocalPort(g.Key.Protocol, g.Key.Port, g.Key.LastPort, g.Select(l => l.Entry).Distinct().ToList()))
            .ToList();

    private static void Note(List<string> notes, string note)
    {
        if (!notes.Contains(note))
        {
            notes.Add(note);
        }
    }

    /// <summary>One rule per port and addresses, and none that another already opens (same transport, its port within, its addresses within).</summary>
    private static List<Draft> Merge(List<Draft> drafts)
    {
        var kept = new List<Draft>();
        foreach (var draft in drafts)
        {
            var same = kept.FirstOrDefault(k => k.SameRuleAs(draft));
            if (same is null)
            {
                kept.Add(draft);
            }
            else
            {
                same.Absorb(draft);
            }
        }

        // Fold each rule into one that opens its ports to all its addresses and more; ⊆ is transitive, so a rule that
        // is folded later carries what it took in along.
        for (var i = 0; i < kept.Count; i++)
        {
            var wider = kept.FirstOrDefault(k => !ReferenceEquals(k, kept[i]) && kept[i].IsWithin(k));
            if (wider is not null)
            {
                wider.Absorb(kept[i]);
                kept.RemoveAt(i--);
            }
        }

        return kept;
    }

    private static List<FirewallRule> Rules(List<Draft> drafts, string role, bool outbound)
    {
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var rules = new List<FirewallRule>();
        foreach (var d in drafts)
        {
            var ports = PortText.Of(d.First, d.Last);
            var portKey = d.Rpc switch { RpcPart.EndpointMapper => "RPCEPMap", RpcPart.Dynamic => "RPC", _ => ports };
            var id = Unique(ids, RuleText.Id("ExchangePorts-" + role + (outbound ? "-Out-" : "-In-") + d.Protocol + "-" + portKey + (outbound ? "-to-" : "-from-") + string.Join("-", d.Peers)));
            var name = Unique(names, RuleText.DisplayName(role, outbound, d.Peers, d.Entries[0], ports, d.Protocol, d.Rpc));
            rules.Add(new FirewallRule(
                id, name, RuleText.Description(d.Entries, d.Protocol, d.Rpc, d.Unrestricted), d.Protocol, d.First, d.Last, d.Rpc, d.Peers, d.Addresses, d.Unrestricted, d.Entries, d.Paths));
        }

        return rules;
    }

    private static string Unique(HashSet<string> taken, string name)
    {
        var unique = name;
        for (var n = 2; !taken.Add(unique); n++)
        {
            unique = name + " (" + n.ToString(CultureInfo.InvariantCulture) + ")";
        }

        return unique;
    }

    /// <summary>A rule being planned: what it opens, and the peers and entries it answers for so far.</summary>
    private sealed class Draft(string protocol, int first, int last, RpcPart rpc, string peer, AddressSet addresses, bool unrestricted, PortEntry entry)
    {
        public string Protocol { get; } = protocol;

        public int First { get; } = first;

        public int Last { get; } = last;

        public RpcPart Rpc { get; } = rpc;

        public AddressSet Addresses { get; } = addresses;

        public bool Unrestricted { get; private set; } = unrestricted;

        public List<string> Peers { get; } = [peer];

        public List<PortEntry> Entries { get; } = [entry];

        public List<(PortEntry Entry, string Peer)> Paths { get; } = [(entry, peer)];

        public bool SameRuleAs(Draft other) =>
            Protocol == other.Protocol && Rpc == other.Rpc && First == other.First && Last == other.Last && Addresses.SetEquals(other.Addresses);

        /// <summary>Whether <paramref name="wider"/> opens every port of this rule to every address of it (RPC keywords only to themselves).</summary>
        public bool IsWithin(Draft wider) =>
            Protocol == wider.Protocol && Rpc == wider.Rpc &&
            (Rpc == RpcPart.None ? wider.First <= First && Last <= wider.Last : First == wider.First && Last == wider.Last) &&
            Addresses.IsSubsetOf(wider.Addresses);

        public void Absorb(Draft other)
        {
            Unrestricted |= other.Unrestricted;
            Peers.AddRange(other.Peers.Where(p => !Peers.Contains(p)));
            Entries.AddRange(other.Entries.Where(e => !Entries.Contains(e)));
            Paths.AddRange(other.Paths.Where(p => !Paths.Contains(p)));
        }
    }
}
