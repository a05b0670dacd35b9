using System;
using System.IO;
using System.Linq;
using ExchangePorts.Tests.Shared;
using ExchangePorts.Tool.Tests.Consumers;
using ExchangePorts.Tool.Tests.Infrastructure;
using Xunit;

namespace ExchangePorts.Tool.Tests.Output;

/// <summary>
/// The diagram in docs/command-line.md (its first Mermaid block) is what <c>exchange-ports diagram</c> writes, word for
/// word, and Mermaid renders it.
/// </summary>
public class DocsDiagramTests
{
    private static string DocumentedDiagram()
    {
        var page = File.ReadAllText(Repository.PathOf("docs", "command-line.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var start = page.IndexOf("```mermaid\n", StringComparison.Ordinal);
        Assert.True(start >= 0, "docs/command-line.md has no Mermaid block");
        start += "```mermaid\n".Length;
        return page.Substring(start, page.IndexOf("```\n", start, StringComparison.Ordinal) - start);
    }

    [Fact]
    public void The_documented_diagram_is_the_tool_s_output_word_for_word()
    {
        Assert.Equal(ToolRunner.Run("diagram").Succeeded().Output, DocumentedDiagram());
    }

    [SystemToolFact("node")]
    public void The_documented_diagram_renders_in_Mermaid_with_a_node_per_role_and_an_edge_per_path()
    {
        var drawing = Assert.Single(NodeConsumers.Mermaid([DocumentedDiagram()]));
        Assert.True(drawing.Parsed, drawing.Error);
        Assert.Equal(["Data paths: Exchange 2019"], drawing.Title);
        Assert.Equal(["Clients", "Mailbox", "Internet", "Dns", "Edge", "ExchangeOnline"], drawing.Nodes.Select(n => n.Text));
        Assert.Equal(14, drawing.Edges);
    }
}
