using System;
using System.Linq;
using ExchangePorts.Operations.Writers;
using ExchangePorts.Tool.Output;
using ExchangePorts.Tool.Tests.Hostile;
using ExchangePorts.Tool.Tests.Infrastructure;
using Xunit;

namespace ExchangePorts.Tool.Tests.Commands;

/// <summary>The command line in process: formats by name only, help built from the tool's lists, errors on one visible line.</summary>
public class CommandLineTests
{
    [Theory]
    [InlineData("firewall --role Edge --allow-any --format 7", "--format: '7' is not one of powershell, netsh, nftables.")]
    [InlineData("firewall --role Edge --allow-any --format iptables", "--format: 'iptables' is not one of powershell, netsh, nftables.")]
    [InlineData("diagram --format 99", "--format: '99' is not one of mermaid, dot.")]
    [InlineData("list --format 4", "--format: '4' is not one of table, csv, json, markdown.")]
    [InlineData("list --format -1", "--format")]
    [InlineData("probe --host 127.0.0.1 --format 1", "--format: '1' is not one of table, json.")]
    public void A_format_is_named_never_a_number_and_anything_else_is_exit_code_2(string arguments, string message)
    {
        var run = ToolRunner.Run(arguments.Split(' '));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(run.ErrorLines, line => line.Contains(message, StringComparison.Ordinal));
        Assert.Empty(run.Output);
    }

    [Fact]
    public void Formats_are_named_in_any_case()
    {
        Assert.Contains("table inet exchange_ports_edge_in", ToolRunner.Run("firewall", "--role", "edge", "--allow-any", "--format", "NFTables").Succeeded().Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("list")]
    [InlineData("find")]
    [InlineData("diagram")]
    [InlineData("firewall")]
    [InlineData("probe")]
    public void Help_shows_defaults_as_they_are_typed(string command)
    {
        var help = ToolRunner.Run(command, "--help").Succeeded().Output;
        Assert.DoesNotContain("{ Name =", help, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\[default: \d\d:\d\d:\d\d\]", help);
    }

    [Fact]
    public void Help_lists_each_dialect_and_format_from_the_one_list_of_them()
    {
        // Help wraps descriptions into a column: compare with every run of white space as one space.
        string Help(string command) => System.Text.RegularExpressions.Regex.Replace(ToolRunner.Run(command, "--help").Succeeded().Output, @"\s+", " ");
        var firewall = Help("firewall");
        Assert.All(FirewallDialects.All, d => Assert.Contains(d.Name + (d == FirewallDialects.All[0] ? " (default), " : ", ") + d.Help, firewall, StringComparison.Ordinal));
        Assert.Contains("powershell|netsh|nftables", firewall, StringComparison.Ordinal);
        var diagram = Help("diagram");
        Assert.All(DiagramWriter.Formats, f => Assert.Contains(f.Name + (f == DiagramWriter.Formats[0] ? " (default), " : ", ") + f.Help, diagram, StringComparison.Ordinal));
        var list = Help("list");
        Assert.All(EntryWriter.Formats, f => Assert.Contains(f.Name + (f == EntryWriter.Formats[0] ? " (default), " : ", ") + f.Help, list, StringComparison.Ordinal));
    }

    [Fact]
    public void A_mistyped_option_after_exchange_is_named_as_what_it_is()
    {
        var run = ToolRunner.Run("firewall", "--role", "Edge", "--exchange", "2019", "--alow", "Mailbox=1.2.3.4");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(run.ErrorLines, line => line.Contains("--alow", StringComparison.Ordinal) && !line.Contains("shipped catalog", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_exchange_every_command_reads_the_current_catalog_and_exchange_may_name_several()
    {
        Assert.Contains("title: \"Data paths: Exchange 2019\"", ToolRunner.Run("diagram").Succeeded().Output, StringComparison.Ordinal);
        Assert.DoesNotContain("ExchangePorts.", ToolRunner.Run("list").Succeeded().Output, StringComparison.Ordinal);
        Assert.All(ToolRunner.Run("find", "25").Succeeded().Output.Split('\n').Skip(1).SkipLast(2), line => Assert.StartsWith("Exchange2019Ports.", line, StringComparison.Ordinal));
        var both = ToolRunner.Run("list", "--exchange", "2016,2019", "--port", "25").Succeeded().Output;
        Assert.Contains("Exchange2016Ports.", both, StringComparison.Ordinal);
        Assert.Contains("Exchange2019Ports.", both, StringComparison.Ordinal);
    }

    [Fact]
    public void An_option_value_full_of_escapes_is_echoed_visibly_on_standard_error()
    {
        var run = ToolRunner.Run("firewall", "--role", "Edge\u001B[2J\u202E\nx", "--allow-any");
        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.Contains("'Edge\\u001B[2J\\u202E\\u000Ax' is not a role", line, StringComparison.Ordinal);
        Assert.False(HostileText.HasHidden(run.Error.TrimEnd('\n')));
    }

    [Fact]
    public void A_role_the_catalogs_lack_is_exit_code_2_in_every_command_that_takes_one()
    {
        foreach (var arguments in new[] { "list --to Edgee", "list --from Edgee", "find 25 --to Edgee", "firewall --role Edgee --allow-any", "probe --host 127.0.0.1 --role Edgee" })
        {
            var run = ToolRunner.Run(arguments.Split(' '));
            Assert.True(run.ExitCode == 2, arguments + ": " + run.Error);
            Assert.Contains("'Edgee' is not a role of these catalogs; use one of", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
        }
    }
}
