using System;
using System.Collections.Generic;
using System.Linq;
using ExchangePorts.Operations.Entries;
using ExchangePorts.Operations.Planning;
using ExchangePorts.Tool.Tests.Consumers;
using ExchangePorts.Tool.Tests.Infrastructure;
using Xunit;

namespace ExchangePorts.Tool.Tests.Firewall;

/// <summary>What <c>firewall</c> plans: one Exchange version unless told, each port once per set of addresses, nothing lost.</summary>
public class FirewallPlannerTests
{
    public static TheoryData<string, string, bool> EveryShippedPlan()
    {
        var plans = new TheoryData<string, string, bool>();
        foreach (var version in new[] { "2007", "2010", "2013", "2016", "2019", "2016,2019" })
        {
            foreach (var role in CatalogSet.Load([version], []).Roles.Where(r => r != RoleKeys.Local))
            {
                plans.Add(version, role, false);
                plans.Add(version, role, true);
            }
        }

        return plans;
    }

    [Fact]
    public void Without_exchange_an_Edge_gets_the_current_catalog_s_rules_only_each_port_once()
    {
        var run = ToolRunner.Run("firewall", "--role", "Edge", "--allow", "Internet=Any", "--allow", "Mailbox=10.1.0.0/24", "--allow", "ExchangeOnline=Any").Succeeded();
        var rules = PowerShellScript.Read(run.Output).Skip(1).ToList();
        Assert.Equal(["25", "50636"], rules.Select(r => r["LocalPort"]));
        Assert.Equal(["Any", "10.1.0.0/24"], rules.Select(r => r["RemoteAddress"]));
        Assert.All(rules, r => Assert.DoesNotContain("ExchangePorts.", r["Description"].Replace("ExchangePorts-", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal));
        Assert.All(rules, r => Assert.StartsWith("Exchange2019Ports.", r["Description"], StringComparison.Ordinal));
        Assert.Equal("Exchange: Internet, ExchangeOnline, Mailbox -> Edge, SMTP 25/TCP", rules[0]["DisplayName"]);
        Assert.Contains("Exchange2019Ports.MailboxToEdge.Smtp", rules[0]["Description"], StringComparison.Ordinal);
    }

    [Fact]
    public void A_Mailbox_of_2016_and_2019_together_opens_each_port_once()
    {
        var run = ToolRunner.Run("firewall", "--role", "Mailbox", "--exchange", "2016", "--exchange", "2019", "--allow-any").Succeeded();
        var ports = PowerShellScript.Read(run.Output).Skip(1).Select(r => r["Protocol"] + " " + r["LocalPort"]).ToList();
        Assert.Equal(ports.Distinct(), ports);
        Assert.Single(ports, "TCP 25");
    }

    [Theory]
    [MemberData(nameof(EveryShippedPlan))]
    public void No_rule_repeats_or_lies_within_another_names_are_unique_and_every_entry_is_answered_for(string version, string role, bool outbound)
    {
        var catalogs = CatalogSet.Load([version], []);
        var allow = AllowList.Parse(catalogs.Roles.Where(r => r != role).Select((r, i) => r + (i % 3 == 0 ? "=Any" : "=10." + i + ".0.0/16,fd00:" + i + "::/64")));
        var plan = FirewallPlanner.Plan(catalogs, role, outbound, allow, allowAny: true, "exchange-ports");

        Assert.Equal(plan.Rules.Count, plan.Rules.Select(r => r.Id).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(plan.Rules.Count, plan.Rules.Select(r => r.DisplayName).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        foreach (var rule in plan.Rules)
        {
            var within = plan.Rules.Where(other => other != rule && other.Protocol == rule.Protocol && other.Rpc == rule.Rpc &&
                other.FirstPort <= rule.FirstPort && rule.LastPort <= other.LastPort && rule.Addresses.IsSubsetOf(other.Addresses));
            Assert.Empty(within.Select(w => rule.DisplayName + " lies within " + w.DisplayName));
        }

        var mine = catalogs.Entries.Where(e => (outbound ? e.FromRoles : e.ToRoles).Contains(role) && (outbound ? e.ToRoles : e.FromRoles).Any(p => p != RoleKeys.Local));
        Assert.All(mine, entry => Assert.Contains(plan.Rules, r => r.Entries.Contains(entry)));
    }

    [Fact]
    public void Without_the_addresses_of_a_peer_the_error_names_it_and_the_entries_that_need_it()
    {
        var run = ToolRunner.Run("firewall", "--role", "Edge", "--allow", "Internet=Any", "--allow", "ExchangeOnline=Any");
        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.ErrorLines, l => !l.StartsWith("note: ", StringComparison.Ordinal));
        Assert.StartsWith("The rules need the addresses of Mailbox (for Exchange2019Ports.MailboxToEdge.Smtp, Exchange2019Ports.EdgeSync.SecureLdap)", line, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }

    [Fact]
    public void Addresses_given_in_two_allow_options_for_one_role_add_up_and_Any_wins()
    {
        var allow = AllowList.Parse(["Mailbox=10.1.0.0/24", "mailbox=10.2.0.5", "Internet=10.0.0.0/8", "Internet=Any"]);
        Assert.True(allow.TryGet("Mailbox", out var mailbox));
        Assert.Equal(["10.1.0.0/24", "10.2.0.5"], mailbox.Texts);
        Assert.True(allow.TryGet("Internet", out var internet));
        Assert.True(internet.IsAny);
    }
}
