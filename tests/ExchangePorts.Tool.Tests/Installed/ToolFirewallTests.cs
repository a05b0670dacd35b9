using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Management.Automation.Language;
using ExchangePorts.Tests.Shared;
using ExchangePorts.Tool.Tests.Infrastructure;
using Xunit;

namespace ExchangePorts.Tool.Tests.Installed;

/// <summary>
/// <c>firewall</c> and <c>diagram</c> from the installed tool, each output checked by its real consumer:
/// PowerShell's own parser, <c>nft -c</c> in a private network namespace, Graphviz's <c>dot</c>.
/// </summary>
[Collection(ToolCollection.Collection)]
public class ToolFirewallTests(InstalledTool tool)
{
    private const string Edge2019 = "firewall --role Edge --exchange 2019 --allow Internet=Any --allow Mailbox=10.1.0.0/24 --allow ExchangeOnline=Any";

    // What New-NetFirewallRule and Remove-NetFirewallRule document (NetSecurity module), and the common ErrorAction.
    private static readonly HashSet<string> NewParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "Name", "DisplayName", "Group", "Direction", "Action", "Protocol", "LocalPort", "RemotePort", "RemoteAddress", "LocalAddress", "Description", "Profile", "Enabled",
    };

    private static readonly HashSet<string> RemoveParameters = new(StringComparer.OrdinalIgnoreCase) { "Group", "Name", "ErrorAction" };

    [SystemToolFact("nft", needsRoot: true)]
    public void Edge_nftables_rules_load_in_nft_open_25_to_all_and_50636_to_the_Mailbox_network_only()
    {
        var run = tool.Run(Edge2019 + " --format nftables");
        Assert.Equal(0, run.ExitCode);
        ApprovedOutput.Match(run.Output, "edge-2019", "nft");
        Assert.Contains("\t\tct state established,related accept\n", run.Output);
        Assert.Contains("\t\ttcp dport 25 accept\n", run.Output);
        Assert.Contains("\t\tip saddr { 10.1.0.0/24 } tcp dport 50636 accept\n", run.Output);
        Assert.Contains("\t\tct state new,untracked tcp flags & (syn | ack) == syn tcp dport 50636 drop\n", run.Output);
        Assert.DoesNotContain("tcp dport 25 drop", run.Output);

        // Loaded twice, as a re-run would: the file replaces its own table.
        var file = Path.Combine(Path.GetTempPath(), "exchangeports-" + Guid.NewGuid().ToString("N") + ".nft");
        File.WriteAllText(file, run.Output);
        try
        {
            var (exit, output) = Shell("unshare -n sh -c 'ip link set lo up && nft -c -f " + file + " && nft -f " + file + " && nft -f " + file + " && nft list table inet exchange_ports_edge_in'");
            Assert.True(exit == 0, output);
            Assert.Contains("ip saddr 10.1.0.0/24 tcp dport 50636 accept", output);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [SystemToolFact("nft", needsRoot: true)]
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public void The_native_tool_writes_a_file_and_nothing_else_and_a_catalog_named_with_a_line_break_stays_in_a_comment()
    {
        using var folder = new TempFolder();
        var refused = tool.Run(Edge2019 + " --format nftables -o /dev/null", folder.Path);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("/dev/null is not a regular file", refused.Error, StringComparison.Ordinal);

        var kept = folder.PathOf("edge.nft");
        File.WriteAllText(kept, "old");
        File.SetUnixFileMode(kept, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        Assert.Equal(0, tool.Run(Edge2019 + " --format nftables -o edge.nft", folder.Path).ExitCode);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(kept));

        // A file name that ends the comment line it is echoed in, then flushes every table.
        var name = "x\n}\n}\nflush ruleset\n.ports.csv";
        File.WriteAllText(folder.PathOf(name), "name,port,transport,fromRoles,toRoles\nSmtp,25,tcp,Internet,Edge\n");
        var rules = tool.Run("firewall --role Edge --allow-any --format nftables -o hostile.nft --catalog \"" + name + "\"", folder.Path);
        Assert.True(rules.ExitCode == 0, rules.Error);
        var (exit, output) = Shell("unshare -n sh -c 'nft -f - <<EOF\ntable inet other { chain c { type filter hook input priority 0; } }\nEOF\nnft -f " + folder.PathOf("hostile.nft") + " && nft list tables'");
        Assert.True(exit == 0, output);
        Assert.Contains("table inet other", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_addresses_of_its_peers_the_command_names_them_exits_2_and_writes_nothing()
    {
        using var folder = new TempFolder();
        var run = tool.Run("firewall --role Edge --exchange 2019 --format nftables --output edge.nft", folder.Path);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("The rules need the addresses of Internet (for Exchange2019Ports.InternetToEdge.Smtp, Exchange2019Ports.EdgeTransport.Smtp), Mailbox (for ", run.Error);
        Assert.False(File.Exists(folder.PathOf("edge.nft")));
        run.AssertNoStackTrace();
    }

    [Theory]
    [InlineData("firewall --role Gateway --exchange 2019 --allow-any", "--role: 'Gateway' is not a role of these catalogs")]
    [InlineData("firewall --role Edge --exchange 2019 --allow Mailbox=10.1.0.300", "--allow Mailbox: '10.1.0.300' is not an address")]
    [InlineData("firewall --role Edge --exchange 2019 --allow Mailbox", "--allow: 'Mailbox' is not ROLE=ADDRESSES")]
    [InlineData("firewall --role Edge --exchange 2019 --allow Mailbox=10.0.0.0/33", "is not an address")]
    [InlineData("firewall --role Edge --exchange 2019 --allow-any --format iptables", "error: ")]
    [InlineData("firewall --exchange 2019 --allow-any", "error: ")]
    public void Bad_firewall_input_is_one_clear_message_and_exit_code_2(string arguments, string message)
    {
        var run = tool.Run(arguments);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error);
        run.AssertNoStackTrace();
    }

    [Fact]
    public void Edge_PowerShell_parses_uses_only_documented_parameters_and_replaces_its_own_group_when_run_again()
    {
        var run = tool.Run(Edge2019 + " --format powershell");
        Assert.Equal(0, run.ExitCode);
        ApprovedOutput.Match(run.Output, "edge-2019", "ps1");
        var commands = ParsePowerShell(run.Output);

        var remove = commands.First();
        Assert.Equal("Remove-NetFirewallRule", remove.Name);
        var group = remove.Parameters["Group"];
        var rules = commands.Skip(1).ToList();
        Assert.NotEmpty(rules);
        Assert.All(rules, rule =>
        {
            Assert.Equal("New-NetFirewallRule", rule.Name);
            Assert.Subset(NewParameters, rule.Parameters.Keys.ToHashSet(StringComparer.OrdinalIgnoreCase));
            Assert.Equal(group, rule.Parameters["Group"]);
            Assert.Contains(rule.Parameters["Protocol"], new[] { "TCP", "UDP" });
            Assert.Matches("Sources?: https://", rule.Parameters["Description"]);
        });
        Assert.Equal(rules.Count, rules.Select(r => r.Parameters["Name"]).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Contains(rules, r => r.Parameters["LocalPort"] == "50636" && r.Parameters["RemoteAddress"] == "10.1.0.0/24");
    }

    [Fact]
    public void Mailbox_rules_mark_internal_paths_open_the_dynamic_RPC_range_and_say_so_on_standard_error()
    {
        var run = tool.Run("firewall --role Mailbox --exchange 2010 --allow-any --format powershell");
        Assert.Equal(0, run.ExitCode);
        ApprovedOutput.Match(run.Output, "mailbox-2010", "ps1");
        Assert.Contains(run.ErrorLines, line => line.StartsWith("note: ", StringComparison.Ordinal) && line.Contains("Microsoft does not support restricting traffic between internal Exchange servers", StringComparison.Ordinal));

        var rules = ParsePowerShell(run.Output).Skip(1).ToList();
        Assert.All(rules, rule => Assert.Subset(NewParameters, rule.Parameters.Keys.ToHashSet(StringComparer.OrdinalIgnoreCase)));
        var unrestricted = rules.Where(r => r.Parameters["Description"].StartsWith("NOT RESTRICTED", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(unrestricted);
        Assert.All(unrestricted, r => Assert.Equal("Any", r.Parameters["RemoteAddress"]));
    }

    [Fact]
    public void RPC_on_135_gets_the_endpoint_mapper_and_dynamic_RPC_keywords_in_PowerShell_and_netsh_and_the_range_in_nftables()
    {
        var arguments = "firewall --role Mailbox --exchange 2007 --allow-any --format ";
        var powershell = ParsePowerShell(tool.Run(arguments + "powershell").Output).Skip(1).ToList();
        Assert.Contains(powershell, r => r.Parameters["LocalPort"] == "RPCEPMap");
        Assert.Contains(powershell, r => r.Parameters["LocalPort"] == "RPC" && r.Parameters["Description"].Contains("dynamic RPC range", StringComparison.Ordinal));

        var netsh = tool.Run(arguments + "netsh");
        Assert.Equal(0, netsh.ExitCode);
        ApprovedOutput.Match(netsh.Output, "mailbox-2007", "cmd");
        Assert.Contains("localport=RPC-EPMap", netsh.Output);
        Assert.Contains("localport=RPC ", netsh.Output);

        var nftables = tool.Run(arguments + "nftables");
        Assert.Contains("tcp dport 49152-65535 accept", nftables.Output);
        Assert.Contains("dynamic RPC range that RPC on 135 hands ports out of", nftables.Output);
    }

    [SystemToolFact("nft", needsRoot: true)]
    public void Every_role_s_nftables_rules_load_in_nft_inbound_and_outbound()
    {
        foreach (var version in new[] { "2007", "2013", "2016", "2019" })
        {
            foreach (var role in new[] { "Edge", "Mailbox" })
            {
                foreach (var direction in new[] { string.Empty, " --outbound" })
                {
                    var run = tool.Run("firewall --role " + role + " --exchange " + version + " --allow-any --format nftables" + direction);
                    Assert.Equal(0, run.ExitCode);
                    var file = Path.Combine(Path.GetTempPath(), "exchangeports-" + Guid.NewGuid().ToString("N") + ".nft");
                    File.WriteAllText(file, run.Output);
                    var (exit, output) = Shell("unshare -n sh -c 'nft -c -f " + file + "'");
                    File.Delete(file);
                    Assert.True(exit == 0, version + " " + role + direction + ": " + output + "\n" + run.Output);
                }
            }
        }
    }

    [Fact]
    public void Diagram_in_Mermaid_has_an_edge_per_path_labelled_with_its_ports()
    {
        var run = tool.Run("diagram --exchange 2019");
        Assert.Equal(0, run.ExitCode);
        ApprovedOutput.Match(run.Output, "diagram-2019", "mmd");
        Assert.Contains("    n2[\"Mailbox\"]\n", run.Output);
        Assert.Contains("    n5[\"Edge\"]\n", run.Output);
        Assert.Contains("    n2 -->|\"25/TCP, 50636/TCP\"| n5\n", run.Output);
    }

    [SystemToolFact("dot")]
    public void Diagram_in_DOT_is_drawn_by_Graphviz()
    {
        var run = tool.Run("diagram --exchange 2019 --format dot");
        Assert.Equal(0, run.ExitCode);
        ApprovedOutput.Match(run.Output, "diagram-2019", "dot");
        var file = Path.Combine(Path.GetTempPath(), "exchangeports-" + Guid.NewGuid().ToString("N") + ".dot");
        File.WriteAllText(file, run.Output);
        var (exit, svg) = Shell("dot -Tsvg " + file);
        File.Delete(file);
        Assert.True(exit == 0, svg);
        Assert.Contains("<svg", svg);
        Assert.Contains("50636/TCP", svg);
    }

    private static (int ExitCode, string Output) Shell(string command)
    {
        using var process = Process.Start(new ProcessStartInfo("sh", ["-c", command]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + error.Result);
    }

    /// <summary>The script through PowerShell's own parser: no error, and each command with its named parameters' values.</summary>
    private static List<(string Name, Dictionary<string, string> Parameters)> ParsePowerShell(string script)
    {
        var ast = Parser.ParseInput(script, out _, out var errors);
        Assert.Empty(errors.Select(e => e.Message + " at " + e.Extent.StartLineNumber));
        return ast.FindAll(node => node is CommandAst, searchNestedScriptBlocks: true).Cast<CommandAst>().Select(command =>
        {
            var parameters = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            var elements = command.CommandElements;
            for (var i = 1; i < elements.Count; i++)
            {
                var parameter = Assert.IsType<CommandParameterAst>(elements[i]);
                var value = i + 1 < elements.Count && elements[i + 1] is not CommandParameterAst ? elements[++i] : null;
                parameters[parameter.ParameterName] = value switch
                {
                    StringConstantExpressionAst text => text.Value,
                    ArrayLiteralAst list => string.Join(",", list.Elements.Select(e => e.Extent.Text)),
                    null => string.Empty,
                    _ => value.Extent.Text,
                };
            }

            return (command.GetCommandName(), parameters);
        }).ToList();
    }
}
