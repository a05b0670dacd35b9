using System;
using System.Collections.Generic;
using System.Linq;
using ExchangePorts.Operations.Entries;
using System.Globalization;
using ExchangePorts.Generators.Model;
using ExchangePorts.Operations.Errors;
using PortCatalog;
using PortCatalog.Probing;

namespace ExchangePorts.Operations.Planning;

/// <summary>
/// What to probe where: with hosts, the entries that reach their role across the network (from one role when
/// given) on each host; with a topology, every entry from the probing machine's role on each host of its
/// destination roles. Never an entry whose only source is the server itself (<c>Local</c>), and never nothing.
/// </summary>
internal static class ProbePlanner
{
    /// <param name="set">The catalogs.</param>
    /// <param name="hosts">The hosts named (<c>--host</c>), any spelling; or none, with <paramref name="topologyFile"/>.</param>
    /// <param name="topologyFile">A topology file (<c>--topology</c>), or null with <paramref name="hosts"/>.</param>
    /// <param name="role">The role of the hosts probed (<c>--role</c>); required with hosts when the catalogs have roles.</param>
    /// <param name="from">The role of the machine the probe runs on (<c>--from</c>); required with a topology.</param>
    /// <exception cref="OperationsException">The request is incomplete, names an unknown role, or leaves nothing to probe.</exception>
    public static ProbePlan Plan(CatalogSet set, IReadOnlyList<string> hosts, string? topologyFile, string? role, string? from) =>
        Plan(set, hosts, topologyFile, role is null ? [] : [role], from, ParameterNames.CommandLine);

    /// <summary>The plan for hosts that hold several roles (an Exchange 2013 server with <c>Mailbox, ClientAccess</c>): the paths to any of them.</summary>
    /// <param name="names">How the front end names its parameters, for messages.</param>
    public static ProbePlan Plan(CatalogSet set, IReadOnlyList<string> hosts, string? topologyFile, IReadOnlyList<string> roles, string? from, ParameterNames names)
    {
        roles = roles.Select(r => set.Role(names.Role, r)).Distinct(StringComparer.Ordinal).ToList();
        from = from is null ? null : set.Role(names.From, from);
        if ((hosts.Count == 0) == (topologyFile is null))
        {
            throw new OperationsException("Give either " + names.Host + " HOST (repeatable) or " + names.Topology + " FILE.");
        }

        if (roles.Contains(RoleKeys.Local) || from == RoleKeys.Local)
        {
            throw new OperationsException((roles.Contains(RoleKeys.Local) ? names.Role : names.From) + ": Local is the server itself; its traffic never crosses the network, so there is nothing to probe.");
        }

        var plan = hosts.Count > 0 ? ForHosts(set, hosts, roles, from, names) : ForTopology(set, topologyFile!, roles, from, names);
        if (plan.Count == 0 || plan.All(h => h.Entries.Count == 0))
        {
            throw new OperationsException(Nothing(roles, from));
        }

        return new ProbePlan(plan);
    }

    private static List<(string Host, IReadOnlyList<PortEntry> Entries)> ForHosts(CatalogSet set, IReadOnlyList<string> hosts, IReadOnlyList<string> roles, string? from, ParameterNames names)
    {
        if (roles.Count == 0 && set.Roles.Count > 0)
        {
            throw new OperationsException(names.Role + ": give the role of the hosts probed, so only the paths that reach it are probed; use one of " + string.Join(", ", set.Roles.Where(r => r != RoleKeys.Local)) + ".");
        }

        var entries = set.Entries.Where(e => (roles.Count == 0 || e.ToRoles.Any(r => roles.Contains(r, StringComparer.Ordinal))) && Crosses(e, from)).ToList();
        return hosts.Select(h => Hosts.Canonical(h, names.Host)).Distinct(Hosts.Comparer).Select(h => (h, (IReadOnlyList<PortEntry>)entries)).ToList();
    }

    private static List<(string Host, IReadOnlyList<PortEntry> Entries)> ForTopology(CatalogSet set, string topologyFile, IReadOnlyList<string> roles, string? from, ParameterNames names)
    {
        if (from is null)
        {
            throw new OperationsException(names.Topology + " needs " + names.From + " ROLE: the role of the machine the probe runs on.");
        }

        var topology = Topology.Load(topologyFile, set.Roles);
        var order = new List<string>();
        var entriesOf = new Dictionary<string, List<PortEntry>>(Hosts.Comparer);
        foreach (var entry in set.Entries.Where(e => Crosses(e, from)))
        {
            foreach (var target in entry.ToRoles.Where(r => roles.Count == 0 || roles.Contains(r, StringComparer.Ordinal)))
            {
                foreach (var name in topology.TryGetValue(target, out var hostNames) ? hostNames : [])
                {
                    if (!entriesOf.TryGetValue(name, out var entries))
                    {
                        entriesOf.Add(name, entries = []);
                        order.Add(name);
                    }

                    if (!entries.Contains(entry))
                    {
                        entries.Add(entry);
                    }
                }
            }
        }

        return order.Select(h => (h, (IReadOnlyList<PortEntry>)entriesOf[h])).ToList();
    }

    /// <summary>
    /// What <c>--unexpected</c> sweeps on each host of <paramref name="plan"/>: every TCP port that no entry grants
    /// from <paramref name="from"/> to <paramref name="role"/> (the RPC range with 135, as the firewall opens it), as
    /// range entries of the group <c>Unexpected</c>. An open one is a finding: reachable, and meant not to be.
    /// </summary>
    /// <exception cref="OperationsException">No role or no source role was given.</exception>
    public static IReadOnlyList<ProbeTarget> Unexpected(CatalogSet set, ProbePlan plan, string? role, string? from, ParameterNames names)
    {
        if (role is null || from is null)
        {
            throw new OperationsException("--unexpected needs " + names.Role + " and " + names.From + ": the ports no entry grants from one role to the other are swept.");
        }

        role = set.Role(names.Role, role);
        from = set.Role(names.From, from);
        var granted = new bool[65536];
        foreach (var entry in set.Entries.Where(e => e.ToRoles.Contains(role, StringComparer.Ordinal) && e.FromRoles.Contains(from, StringComparer.Ordinal) && (e.Spec.Transport & ExchangePorts.Generators.Model.PortTransport.Tcp) != 0))
        {
            for (var port = entry.Spec.Port; port <= entry.Spec.LastPort; port++)
            {
                granted[port] = true;
            }

            if (entry.Spec.Port == 135 && entry.Spec.LastPort == 135)
            {
                for (var port = FirewallPlanner.DynamicRpcFirst; port <= FirewallPlanner.DynamicRpcLast; port++)
                {
                    granted[port] = true;
                }
            }
        }

        var ranges = new List<PortDefinition>();
        for (var port = 1; port <= 65535; port++)
        {
            if (granted[port])
            {
                continue;
            }

            var first = port;
            while (port < 65535 && !granted[port + 1])
            {
                port++;
            }

            ranges.Add(new PortDefinition(
                UnexpectedGroup, "Ports" + first.ToString(CultureInfo.InvariantCulture), "ports " + PortText.Of(first, port), first, port, PortCatalog.PortTransport.Tcp, from, role,
                string.Empty, string.Empty, "No entry grants these ports from " + from + " to " + role + ".", string.Empty, string.Empty, from, role));
        }

        return plan.Hosts.Select(h => new ProbeTarget(h, ranges)).ToList();
    }

    /// <summary>The group of the ranges <see cref="Unexpected"/> sweeps.</summary>
    public const string UnexpectedGroup = "Unexpected";

    /// <summary>Whether an entry crosses the network from <paramref name="from"/>, or from any role but the server itself.</summary>
    private static bool Crosses(PortEntry entry, string? from) =>
        from is null ? entry.FromRoles.Count == 0 || entry.FromRoles.Any(r => r != RoleKeys.Local) : entry.FromRoles.Contains(from, StringComparer.Ordinal);

    private static string Nothing(IReadOnlyList<string> roles, string? from) =>
        "Nothing to probe: no entry of these catalogs goes " + (from is null ? string.Empty : "from " + from + " ") +
        (roles.Count == 0 ? "to the hosts given" : "to " + string.Join(" or ", roles)) + " across the network.";
}
