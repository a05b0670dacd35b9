using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using ExchangePorts.Operations.Planning;
using ExchangePorts.Operations.Writers;
using ExchangePorts.Tests.Shared;
using ExchangePorts.Tool.Tests.Consumers;
using ExchangePorts.Tool.Tests.Infrastructure;
using Xunit;

namespace ExchangePorts.Tool.Tests.Hostile;

/// <summary>
/// Hostile catalogs, file names and output paths through <c>firewall</c>, each dialect judged by its consumer: the script
/// holds exactly the planned commands and rules, and the catalog's text reads back from them, made visible and nothing more.
/// </summary>
public class HostileFirewallTests
{
    private const int Samples = 120;

    /// <summary>A role of the sample, the direction, and the addresses of one peer (the others get any address).</summary>
    private static readonly Gen<(int Role, bool Outbound, int Peer)> Choice = Gen.Select(Gen.Int[0, 20], Gen.Bool, Gen.Int[0, 20]);

    [Fact]
    public void PowerShell_scripts_hold_only_the_planned_commands_with_the_catalog_text_read_back()
    {
        Gen.Select(HostileSample.Generator, Choice).Sample(((HostileCatalog Catalog, string Output) sample, (int Role, bool Outbound, int Peer) choice) =>
        {
            using var hostile = new HostileSample(sample.Catalog, sample.Output);
            if (Firewall(hostile, choice, "powershell") is not var (plan, script))
            {
                return;
            }

            var commands = PowerShellScript.Read(script);

            var remove = commands[0];
            Assert.Equal("Remove-NetFirewallRule", remove.Name);
            Assert.Equal(Ascii(plan.Group), remove["Group"]);
            Assert.Equal(plan.Rules.Count, commands.Count - 1);
            foreach (var (rule, command) in plan.Rules.Zip(commands.Skip(1)))
            {
                Assert.Equal("New-NetFirewallRule", command.Name);
                Assert.Equal(Ascii(rule.Id), command["Name"]);
                Assert.Equal(Ascii(rule.DisplayName), command["DisplayName"]);
                Assert.Equal(Ascii(rule.Description), command["Description"]);
                Assert.Equal(rule.Protocol, command["Protocol"]);
                Assert.Equal(rule.Addresses.IsAny ? "Any" : string.Join(",", rule.Addresses.Texts), command["RemoteAddress"]);
                Assert.Equal(plan.Outbound ? "Outbound" : "Inbound", command["Direction"]);
                AssertCarriesEntries(rule, command["Description"], command["DisplayName"], Ascii);
            }
        }, iter: Samples);
    }

    [Fact]
    public void Netsh_batch_files_hold_only_the_planned_commands_by_cmd_s_rules()
    {
        Gen.Select(HostileSample.Generator, Choice).Sample(((HostileCatalog Catalog, string Output) sample, (int Role, bool Outbound, int Peer) choice) =>
        {
            using var hostile = new HostileSample(sample.Catalog, sample.Output);
            if (Firewall(hostile, choice, "netsh") is not var (plan, file))
            {
                return;
            }

            Assert.All(file, c => Assert.True(c <= '~', "a non-ASCII character in a batch file: U+" + ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)));

            var commands = BatchFile.Read(file).Where(c => c.Name != "rem").ToList();
            Assert.All(file.Split("\r\n"), line => Assert.True(line.Length <= BatchFile.MaxLine, "a line of " + line.Length + " characters"));
            Assert.Equal(["@echo | off", "setlocal | EnableExtensions | DisableDelayedExpansion"], commands.Take(2).Select(c => string.Join(" | ", BatchFile.Arguments(c.Text))));
            var netsh = commands.Skip(2).Select(c => (Command: c, Arguments: BatchFile.Arguments(c.Text))).ToList();
            Assert.All(netsh, c => Assert.Equal(c.Arguments[3] == "delete" ? [">nul", "2>&1"] : Array.Empty<string>(), c.Command.Redirections));

            // Each rule: one delete by its name, then one add, or several of the same name when its addresses fill a line.
            var at = 0;
            foreach (var rule in plan.Rules)
            {
                string[] name = ["netsh", "advfirewall", "firewall", "delete", "rule", "name=" + NetshValue(rule.Id)];
                Assert.Equal(string.Join(" | ", name), string.Join(" | ", netsh[at++].Arguments));
                var addresses = new List<string>();
                do
                {
                    var add = netsh[at++].Arguments;
                    Assert.Equal(
                        [.. name.Take(3), "add", "rule", name[5], plan.Outbound ? "dir=out" : "dir=in", "action=allow", "protocol=" + rule.Protocol,
                            (plan.Outbound ? "remoteport=" : "localport=") + NetshPort(rule, plan.Outbound), "description=" + NetshValue(rule.Description)],
                        add.Where(a => !a.StartsWith("remoteip=", StringComparison.Ordinal)));
                    addresses.AddRange(add.Single(a => a.StartsWith("remoteip=", StringComparison.Ordinal))["remoteip=".Length..].Split(','));
                    var description = add.Single(a => a.StartsWith("description=", StringComparison.Ordinal));
                    if (description.Length < 1000)
                    {
                        AssertCarriesEntries(rule, description, null, text => Ascii(text).Replace('"', '\''));
                    }
                }
                while (at < netsh.Count && netsh[at].Arguments[3] == "add");

                Assert.Equal(rule.Addresses.IsAny ? ["any"] : rule.Addresses.Texts, addresses);
            }

            Assert.Equal(netsh.Count, at);
        }, iter: Samples);
    }

    [SystemToolFact("nft", needsRoot: true, alsoNeeds: "ip")]
    public void Nftables_files_load_with_exactly_the_planned_rules_and_leave_other_tables_alone()
    {
        using var space = new NetworkNamespace();
        Gen.Select(HostileSample.Generator, Choice).Sample(((HostileCatalog Catalog, string Output) sample, (int Role, bool Outbound, int Peer) choice) =>
        {
            using var hostile = new HostileSample(sample.Catalog, sample.Output);
            if (Firewall(hostile, choice, "nftables") is not var (plan, ruleset))
            {
                return;
            }

            var loaded = NftLoad.Into(space, ruleset);
            Assert.Equal(NftLoad.Expected(plan), loaded.Rules.GetValueOrDefault(NftablesWriter.TableName(plan), []));
        }, iter: Samples / 2, threads: 1);
    }

    /// <summary>Every entry a rule answers for is named in its description, with its source; its service in the display name.</summary>
    private static void AssertCarriesEntries(FirewallRule rule, string description, string? displayName, Func<string, string> escape)
    {
        foreach (var entry in rule.Entries)
        {
            Assert.Contains(escape(entry.FullName), description, StringComparison.Ordinal);
            Assert.Contains(escape(entry.Spec.Source), description, StringComparison.Ordinal);
        }

        var first = rule.Entries[0].Spec.Service;
        Assert.Contains(displayName is null ? string.Empty : escape(first.Length > 0 ? first : rule.Entries[0].QualifiedName), displayName ?? string.Empty, StringComparison.Ordinal);
    }

    /// <summary>Runs <c>firewall</c> for a role the sample's catalog has, and returns the plan the tool makes and what it wrote; null when its only role is Local.</summary>
    private static (FirewallPlan Plan, string Output)? Firewall(HostileSample hostile, (int Role, bool Outbound, int Peer) choice, string format)
    {
        // A catalog whose only role is Local (the server itself) has no server to write rules for.
        var roles = hostile.Roles;
        if (roles.Count == 0)
        {
            return null;
        }

        var role = roles[choice.Role % roles.Count];
        var allow = new List<string> { roles[choice.Peer % roles.Count] + "=10.1.0.0/24,192.0.2.7,fd00::/64" + (choice.Peer % 3 == 0 ? ManyAddresses : string.Empty) };
        string[] arguments = ["firewall", "--role", role, "--format", format, "--allow-any", .. allow.SelectMany(a => new[] { "--allow", a }), .. choice.Outbound ? new[] { "--outbound" } : []];
        var (run, output) = hostile.Run(arguments);
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.All(run.ErrorLines, line => Assert.False(HostileText.HasHidden(line), "a hidden character on standard error: " + line));
        return (hostile.Plan(role, choice.Outbound, AllowList.Parse(allow)), output);
    }

    /// <summary>
    /// More addresses than one line of cmd holds (700 IPv4, 300 IPv6 networks), for a third of the samples.
    /// None touches another, so nft keeps each as written instead of joining neighbours into one range.
    /// </summary>
    private static readonly string ManyAddresses =
        string.Concat(Enumerable.Range(1, 700).Select(i => ",10.2." + (i / 128) + "." + ((i % 128 * 2) + 1))) +
        string.Concat(Enumerable.Range(1, 300).Select(i => ",2001:db8:" + ((2 * i) + 1).ToString("x", System.Globalization.CultureInfo.InvariantCulture) + "::/48"));

    private static string Ascii(string text) => HostileText.Visible(text, asciiOnly: true);

    private static string NetshValue(string text)
    {
        var value = Ascii(text).Replace('"', '\'');
        return value.Length <= 1024 ? value : value.Substring(0, 1021) + "...";
    }

    private static string NetshPort(FirewallRule rule, bool outbound) => (rule.Rpc, outbound) switch
    {
        (RpcPart.EndpointMapper, false) => "RPC-EPMap",
        (RpcPart.Dynamic, false) => "RPC",
        _ => rule.Ports,
    };
}
