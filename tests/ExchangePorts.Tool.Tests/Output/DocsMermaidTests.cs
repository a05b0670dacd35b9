using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ExchangePorts.Tests.Shared;
using ExchangePorts.Tool.Tests.Consumers;
using ExchangePorts.Tool.Tests.Infrastructure;
using Xunit;

namespace ExchangePorts.Tool.Tests.Output;

/// <summary>Every Mermaid diagram of README.md and the pages directly in docs/ parses and renders in Mermaid itself.</summary>
public class DocsMermaidTests
{
    private static readonly Regex MermaidBlock = new("^```mermaid\n(.*?)^```$", RegexOptions.Compiled | RegexOptions.Singleline | RegexOptions.Multiline);

    /// <summary>Each diagram: the page it is on, and its text.</summary>
    private static (string Page, string Diagram)[] Diagrams =>
        Directory.GetFiles(Repository.PathOf("docs"), "*.md")
            .Prepend(Repository.PathOf("README.md"))
            .SelectMany(page => MermaidBlock.Matches(File.ReadAllText(page).Replace("\r\n", "\n", StringComparison.Ordinal))
                .Select(block => (Path.GetRelativePath(Repository.Root, page), block.Groups[1].Value)))
            .ToArray();

    [Fact]
    public void The_architecture_page_has_its_diagrams()
    {
        Assert.True(Diagrams.Count(d => d.Page == Path.Combine("docs", "architecture.md")) >= 4);
    }

    [SystemToolFact("node")]
    public void Every_diagram_parses_in_Mermaid_and_draws_at_least_one_node()
    {
        var diagrams = Diagrams;
        var drawings = NodeConsumers.Mermaid(diagrams.Select(d => d.Diagram).ToArray());

        var failures = diagrams.Zip(drawings)
            .Where(pair => !pair.Second.Parsed || pair.Second.Nodes.Count == 0)
            .Select(pair => pair.First.Page + ": " + (pair.Second.Parsed ? "no node drawn" : pair.Second.Error) + "\n" + pair.First.Diagram);
        Assert.Empty(failures);
    }

    [SystemToolFact("node")]
    public void The_check_sees_a_diagram_that_does_not_parse()
    {
        var drawing = Assert.Single(NodeConsumers.Mermaid(["flowchart TB\n    a[\"A\"] --> end\n    end --> b(\"(B\")"]));
        Assert.False(drawing.Parsed);
    }
}
