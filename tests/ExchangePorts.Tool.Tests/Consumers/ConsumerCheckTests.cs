using System;
using System.Linq;
using ExchangePorts.Tests.Shared;
using ExchangePorts.Tool.Tests.Infrastructure;
using Xunit;
using Xunit.Sdk;

namespace ExchangePorts.Tool.Tests.Consumers;

/// <summary>Each consumer's check catches what it is there to catch: known-bad output, such as the tool once wrote, fails it.</summary>
public class ConsumerCheckTests
{
    [Theory]
    [InlineData("New-NetFirewallRule -Name 'a' -Description 'HTTPS\u2019 ; Start-Process calc.exe; New-NetFirewallRule -DisplayName \u2019Z'")]
    [InlineData("New-NetFirewallRule -Name 'a'; Start-Process calc.exe")]
    [InlineData("# a comment\nStart-Process calc.exe")]
    [InlineData("New-NetFirewallRule -Name \"$(calc.exe)\"")]
    [InlineData("New-NetFirewallRule -Name 'a' -Description ('x' + (calc.exe))")]
    [InlineData("New-NetFirewallRule -Name 'a' | Out-Null")]
    [InlineData("New-NetFirewallRule -Name:$x")]
    [InlineData("New-NetFirewallRule -Name 'a' -Name 'b'")]
    public void PowerShell_s_parser_check_refuses_anything_but_commands_with_constant_arguments(string script)
    {
        Assert.ThrowsAny<XunitException>(() =>
        {
            var commands = PowerShellScript.Read(script);
            Assert.All(commands, c => Assert.Equal("New-NetFirewallRule", c.Name));
        });
    }

    [Fact]
    public void PowerShell_s_parser_check_reads_the_constants_back()
    {
        var command = Assert.Single(PowerShellScript.Read("# note\nNew-NetFirewallRule -Name 'it''s' -RemoteAddress '10.0.0.0/8', 'fd00::/8' -Direction Inbound\n"));
        Assert.Equal("it's", command["Name"]);
        Assert.Equal(["10.0.0.0/8", "fd00::/8"], command.Parameters["RemoteAddress"]);
        Assert.Equal("Inbound", command["Direction"]);
    }

    [Theory]
    [InlineData("netsh advfirewall firewall add rule name=\"x\" & calc.exe & rem \"", 3)]
    [InlineData("netsh advfirewall firewall add rule name=\"x\" description=\"a\" | calc.exe", 2)]
    [InlineData("netsh advfirewall firewall add rule name=\"%PATH%\"", 3)]
    [InlineData("netsh advfirewall firewall add rule name=x ^", 2)]
    [InlineData("rem a & calc.exe", 2)]
    [InlineData("rem (x)", 3)]
    public void Cmd_s_rules_find_every_command_a_line_runs(string line, int commands)
    {
        Assert.Equal(commands, BatchFile.Read(line + "\r\n").Count);
    }

    [Fact]
    public void Cmd_s_rules_refuse_a_line_longer_than_cmd_reads()
    {
        var longest = "rem " + new string('a', BatchFile.MaxLine - 4);
        Assert.Single(BatchFile.Read(longest + "\r\n"));
        Assert.Equal(2, BatchFile.Read(longest + "a\r\n").Count);
    }

    [Fact]
    public void Cmd_s_rules_keep_quoted_text_whole_and_the_C_runtime_splits_netsh_s_arguments()
    {
        var command = Assert.Single(BatchFile.Read("netsh a name=\"x & y | %%z ^ (w)\" >nul 2>&1\r\n"));
        Assert.Equal([">nul", "2>&1"], command.Redirections);
        Assert.Equal(["netsh", "a", "name=x & y | %z ^ (w)"], BatchFile.Arguments(command.Text));

        // A backslash before the closing quote escapes it: the value runs on into the next argument.
        Assert.Equal(["add", "description=a\" remoteip=any"], BatchFile.Arguments("add description=\"a\\\" remoteip=any"));
        Assert.Equal(["add", "description=a\\", "remoteip=any"], BatchFile.Arguments("add description=\"a\\\\\" remoteip=any"));
    }

    [SystemToolFact("nft", needsRoot: true, alsoNeeds: "ip")]
    public void Loading_nft_rules_that_flush_the_ruleset_fails_the_other_table_check()
    {
        using var space = new NetworkNamespace();
        Assert.ThrowsAny<XunitException>(() => NftLoad.Into(space, "flush ruleset\ntable inet t {\n}\n"));
        Assert.ThrowsAny<XunitException>(() => NftLoad.Into(space, "table inet other_tool {\n\tchain input {\n\t\ttcp dport 23 accept\n\t}\n}\n"));
        var held = NftLoad.Into(space, "table inet t\ndelete table inet t\ntable inet t {\n\tchain input {\n\t\ttype filter hook input priority filter; policy accept;\n\t\ttcp dport 25 accept\n\t}\n}\n");
        Assert.Equal(["tcp dport 25 accept"], held.Rules["t"]);
    }

    [SystemToolFact("dot")]
    public void Graphviz_draws_an_injected_edge_as_one_more_edge()
    {
        var drawing = GraphvizDrawing.Draw("digraph g {\n \"a\" -> \"b\" [label=\"x\"];\n \"a\" -> \"evil\" [label=\"y\"];\n}\n");
        Assert.Equal(3, drawing.Nodes.Count);
        Assert.Equal(2, drawing.Edges.Count);
        Assert.Contains(("a", "evil", "y"), drawing.Edges);
    }

    [SystemToolFact("node")]
    public void Mermaid_fails_the_old_title_and_shows_markup_and_keywords_for_what_they_are()
    {
        var drawings = NodeConsumers.Mermaid(
        [
            "---\ntitle: Data paths: Exchange 2019\n---\nflowchart LR\n    Mailbox -->|\"25/TCP\"| Edge\n",
            "flowchart LR\n    n1[\"a<i>b</i>\"] --> n2[\"c\"]\n",
            "flowchart LR\n    Mailbox --> end\n",
        ]);
        Assert.False(drawings[0].Parsed);
        Assert.Contains("bad indentation", drawings[0].Error, StringComparison.Ordinal);
        Assert.Contains(drawings[1].Nodes, n => n.Tags.Contains("i"));
        Assert.False(drawings[2].Parsed);
    }

    [SystemToolFact("node")]
    public void Markdown_reads_emphasis_and_a_bar_for_what_they_are()
    {
        var table = Assert.Single(NodeConsumers.Markdown(["| a | b |\n|---|---|\n| *x* | y \\| z |\n| p | q | r |\n"]));
        Assert.Contains("em_open", table.Rows[1][0].Tokens);
        Assert.Equal("y | z", table.Rows[1][1].Text);
        Assert.Equal(["p", "q"], table.Rows[2].Select(c => c.Text));
    }
}
