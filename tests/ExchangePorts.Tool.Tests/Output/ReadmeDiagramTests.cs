using System;
using System.IO;
using System.Linq;
using ExchangePorts.Tests.Shared;
using ExchangePorts.Tool.Tests.Consumers;
using ExchangePorts.Tool.Tests.Infrastructure;
using Xunit;

namespace ExchangePorts.Tool.Tests.Output;

/// <summary>README's diagram is what <c>exchange-ports diagram</c> writes, word for word, and Mermaid renders it.</summary>
public class ReadmeDiagramTests
{
    private static string ReadmeDiagram()
    {
        var readme = File.ReadAllText(Repository.PathOf("README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var start = readme.IndexOf("```mermaid\n", StringComparison.Ordinal);
        Assert.True(start >= 0, "README has no Mermaid block");
        start += "```mermaid\n".Length;
        return readme.Substring(start, readme.IndexOf("```\n", start, StringComparison.Ordinal) - start);
    }

    [Fact]
    public void README_s_diagram_is_the_tool_s_output_word_for_word()
    {
        Assert.Equal(ToolRunner.Run("diagram").Succeeded().Output, ReadmeDiagram());
    }

    [SystemToolFact("node")]
    public void README_s_diagram_renders_in_Mermaid_with_a_node_per_role_and_an_edge_per_path()
    {
        var drawing = Assert.Single(NodeConsumers.Mermaid([ReadmeDiagram()]));
        Assert.True(drawing.Parsed, drawing.Error);
        Assert.Equal(["Data paths: Exchange 2019"], drawing.Title);
        Assert.Equal(["Clients", "Mailbox", "Internet", "Dns", "Edge", "ExchangeOnline"], drawing.Nodes.Select(n => n.Text));
        Assert.Equal(14, drawing.Edges);
    }
}
