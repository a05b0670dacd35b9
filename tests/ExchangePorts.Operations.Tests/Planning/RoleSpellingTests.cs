using System.Linq;
using ExchangePorts.Operations.Planning;
using ExchangePorts.Operations.Tests.Infrastructure;
using Xunit;

namespace ExchangePorts.Operations.Tests.Planning;

/// <summary>A role key is one role whatever its case, and a rule's id stays apart from every other however long its roles.</summary>
public class RoleSpellingTests
{
    [Fact]
    public void Roles_that_differ_in_case_are_one_role_for_rules_and_probes()
    {
        var set = Catalogs.Csv(
            "Web,Smtp,25,tcp,,,Internet,Edge,SMTP,,,,",
            "Web,Secret,9000,tcp,,,Mailbox,EDGE,Admin,,,,",
            "Web,Own,9001,tcp,,,local,edge,Own,,,,");
        Assert.Equal(["Internet", "Edge", "Mailbox", "Local"], set.Roles);

        var plan = FirewallPlanner.Plan(set, "EDGE", outbound: false, AllowList.Parse(["internet=Any", "MAILBOX=10.1.0.0/24"]), allowAny: false, "firewall");
        Assert.Equal("Edge", plan.Role);
        Assert.Equal(["25", "9000"], plan.Rules.Select(r => r.Ports));
        Assert.Equal("9001", Assert.Single(plan.LocalOnly).Ports);

        var probe = ProbePlanner.Plan(set, ["edge01"], null, "edge", null);
        Assert.Equal(["Smtp", "Secret"], Assert.Single(probe.Targets).Entries.Select(e => e.Name));
    }

    [Fact]
    public void Rule_ids_from_long_role_keys_stay_short_ASCII_and_apart()
    {
        var role = "Edge" + new string('x', 1100);
        var set = Catalogs.Csv(
            "Web,Https,443,tcp,,,Internet," + role + ",HTTPS,,,,",
            "Web,Smtp,25,tcp,,,Internet," + role + ",SMTP,,,,",
            "Web,Ldap,389,tcp,,,Mailbox," + role + ",LDAP,,,,",
            "Web,Cafe,8443,tcp,,,Kaffee," + role + ",Café,,,,");
        var plan = FirewallPlanner.Plan(set, role, outbound: false, AllowList.Parse([]), allowAny: true, "firewall");
        var ids = plan.Rules.Select(r => r.Id).ToList();
        Assert.Equal(4, ids.Distinct().Count());
        Assert.All(ids, id => Assert.True(id.Length <= RuleText.MaxIdLength && id.All(c => c < 128), id));
    }
}
