using System.Collections.Generic;
using System.Linq;
using ExchangePorts.Generators.Model;
using ExchangePorts.Operations.Entries;
using ExchangePorts.Operations.Errors;
using ExchangePorts.Operations.Planning;
using ExchangePorts.Operations.Sources;
using ExchangePorts.Operations.Tests.Infrastructure;
using Xunit;

namespace ExchangePorts.Operations.Tests.Planning;

/// <summary>
/// The probe and the firewall use the same rows: what <c>firewall --role X</c> opens to peer Y is what
/// <c>probe --role X --from Y</c> checks, and the other way round, for every role pair of every shipped catalog.
/// </summary>
public class ProbeAndFirewallPathTests
{
    public static TheoryData<string> Versions => new(ShippedCatalogs.Instance.Catalogs.Select(c => c.Version));

    [Theory]
    [MemberData(nameof(Versions))]
    public void What_the_firewall_opens_to_a_peer_is_what_the_probe_checks_from_it(string version)
    {
        var set = Catalogs.Shipped(version);
        var roles = set.Roles.Where(r => r != RoleKeys.Local).ToList();
        var pairs = 0;
        foreach (var role in roles)
        {
            var plan = FirewallPlanner.Plan(set, role, outbound: false, AllowList.Parse([]), allowAny: true, "test");
            foreach (var peer in roles)
            {
                var opened = plan.Rules.SelectMany(r => r.Paths).Where(p => p.Peer == peer).Select(p => p.Entry).Distinct().ToList();
                var probed = Probed(set, role, peer).Where(e => (e.Spec.Transport & (PortTransport.Tcp | PortTransport.Udp)) != 0).ToList();
                Assert.True(
                    opened.ToHashSet().SetEquals(probed),
                    version + " " + peer + " -> " + role + ": the firewall opens " + Names(opened) + "; the probe checks " + Names(probed));
                pairs += opened.Count > 0 ? 1 : 0;
            }
        }

        Assert.True(pairs > 0, version + ": no role pair has a path");
    }

    private static IReadOnlyList<PortEntry> Probed(CatalogSet set, string role, string peer)
    {
        try
        {
            var plan = ProbePlanner.Plan(set, ["127.0.0.1"], null, role, peer);
            return plan.Targets.Single().Entries.Select(plan.EntryOf).ToList();
        }
        catch (OperationsException exception) when (exception.Message.StartsWith("Nothing to probe", System.StringComparison.Ordinal))
        {
            return [];
        }
    }

    private static string Names(IEnumerable<PortEntry> entries) => "[" + string.Join(", ", entries.Select(e => e.QualifiedName)) + "]";
}
