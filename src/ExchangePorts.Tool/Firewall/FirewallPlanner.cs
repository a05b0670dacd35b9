using System;
using System.Collections.Generic;
using System.Linq;
using ExchangePorts.Generators.Model;
using ExchangePorts.Tool.Catalogs;

namespace ExchangePorts.Tool.Firewall;

/// <summary>
/// Decides the rules a server of a role needs: inbound, the entries whose destination is the role, from each
/// of their source roles; outbound, the entries whose source is it, to each destination role.
/// </summary>
internal static class FirewallPlanner
{
    /// <summary>
    /// Roles between which Microsoft does not support restricting traffic (internal Exchange servers and
    /// domain controllers use any port, dynamic RPC included): their rules allow any address, and say so.
    /// </summary>
    public static readonly HashSet<string> Internal = new(StringComparer.Ordinal) { "Mailbox", "ClientAccess", "Hub", "UnifiedMessaging", "DomainController" };

    /// <summary>The same server: the traffic does not cross the network, so no rule.</summary>
    public const string Local = "Local";

    /// <summary>Windows' dynamic RPC range since Windows Server 2008, which RPC on 135 hands ports out of.</summary>
    public const string DynamicRpcRange = "49152-65535";

    public static FirewallPlan Plan(CatalogSet catalogs, string role, bool outbound, AllowList allow, bool allowAny, string commandLine)
    {
        var roles = catalogs.Roles;
        var known = roles.FirstOrDefault(r => string.Equals(r, role, StringComparison.OrdinalIgnoreCase))
            ?? throw new UsageException("--role: '" + role + "' is not a role of these catalogs; use one of " + string.Join(", ", roles) + ".");
        foreach (var allowed in allow.Roles.Where(a => !roles.Contains(a, StringComparer.OrdinalIgnoreCase)))
        {
            throw new UsageException("--allow: '" + allowed + "' is not a role of these catalogs; use one of " + string.Join(", ", roles) + ".");
        }

        var rules = new List<FirewallRule>();
        var notes = new List<string>();
        var missing = new List<string>();
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in catalogs.Entries)
        {
            var (mine, peers) = outbound ? (entry.FromRoles, entry.ToRoles) : (entry.ToRoles, entry.FromRoles);
            if (!mine.Contains(known, StringComparer.Ordinal))
            {
                continue;
            }

            foreach (var peer in peers)
            {
                if (peer == Local)
                {
                    notes.Add(entry.FullName + " (" + entry.Ports + "): local to the server, no rule needed");
                    continue;
                }

                var unrestricted = Internal.Contains(known) && Internal.Contains(peer);
                IReadOnlyList<string> addresses = [];
                if (unrestricted)
                {
                    notes.Add(entry.FullName + " (" + Output.EntryWriter.Route(entry, "->") + ", " + entry.Ports + "): Microsoft does not support restricting traffic between internal Exchange servers and domain controllers; the rule allows any address");
                }
                else if (!allow.TryGet(peer, out addresses) && !allowAny && !missing.Contains(peer))
                {
                    missing.Add(peer);
                }

                foreach (var (transport, protocol) in new[] { (PortTransport.Tcp, "TCP"), (PortTransport.Udp, "UDP") })
                {
                    if ((entry.Spec.Transport & transport) == 0)
                    {
                        continue;
                    }

                    var isRpc = protocol == "TCP" && entry.Spec.Port == 135 && entry.Spec.LastPort == 135;
                    rules.Add(NewRule(entry, protocol, entry.Ports, peer, addresses, unrestricted, isRpc ? RpcPart.EndpointMapper : RpcPart.None, known, outbound, ids));
                    if (isRpc)
                    {
                        rules.Add(NewRule(entry, protocol, DynamicRpcRange, peer, addresses, unrestricted, RpcPart.Dynamic, known, outbound, ids));
                    }
                }

                if ((entry.Spec.Transport & ~(PortTransport.Tcp | PortTransport.Udp)) != 0)
                {
                    notes.Add(entry.FullName + ": only its TCP and UDP ports get rules (" + PortTransportText.Of(entry.Spec.Transport) + ")");
                }
            }
        }

        if (missing.Count > 0)
        {
            throw new UsageException(
                "The rules need the addresses of " + string.Join(", ", missing) + ": give each with --allow ROLE=ADDRESSES (such as --allow " +
                missing[0] + "=10.1.0.0/24, or =Any), or pass --allow-any.");
        }

        var group = "ExchangePorts " + known + " " + (outbound ? "outbound" : "inbound");
        return new FirewallPlan(known, outbound, group, rules, notes, commandLine);
    }

    private static FirewallRule NewRule(
        ToolEntry entry, string protocol, string ports, string peer, IReadOnlyList<string> addresses, bool unrestricted, RpcPart rpc, string role, bool outbound, HashSet<string> ids)
    {
        var id = "ExchangePorts-" + role + (outbound ? "-Out-" : "-In-") + entry.FullName + "-" + protocol + (outbound ? "-to-" : "-from-") + peer +
            (rpc == RpcPart.Dynamic ? "-DynamicRpc" : string.Empty);
        var unique = id;
        for (var n = 2; !ids.Add(unique); n++)
        {
            unique = id + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return new FirewallRule(unique, entry, protocol, ports, peer, unrestricted ? [] : addresses, unrestricted, rpc);
    }
}
