using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using ExchangePorts.Tool.Tests.Infrastructure;
using Xunit;

namespace ExchangePorts.Tool.Tests.Consumers;

/// <summary>What Graphviz draws from a DOT file: <c>dot -Tsvg</c>, and the title, nodes and edges read from the SVG.</summary>
internal sealed record GraphvizDrawing(string Title, IReadOnlyList<string> Nodes, IReadOnlyList<(string From, string To, string Label)> Edges)
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static GraphvizDrawing Draw(string dot)
    {
        var (exit, svg, error) = Shell.Run("dot", ["-Tsvg"], dot);
        Assert.True(exit == 0, "dot: " + error + "\n" + dot);
        var document = XDocument.Parse(svg);
        var groups = document.Descendants(Svg + "g").ToList();
        string Class(XElement g) => (string?)g.Attribute("class") ?? string.Empty;
        // Graphviz writes a run of spaces as no-break spaces, so the text keeps its width: read both as spaces.
        string Texts(XElement g) => string.Join("\n", g.Elements(Svg + "text").Select(t => t.Value.Replace('\u00A0', ' ')));
        var graph = groups.Single(g => Class(g) == "graph");
        var nodes = groups.Where(g => Class(g) == "node").ToList();
        var names = nodes.ToDictionary(n => n.Element(Svg + "title")!.Value, Texts);
        var edges = groups.Where(g => Class(g) == "edge").Select(e =>
        {
            // An edge's title is "tail->head" in the nodes' names.
            var title = e.Element(Svg + "title")!.Value;
            var tail = names.Keys.Single(n => title.StartsWith(n + "->", System.StringComparison.Ordinal) && names.ContainsKey(title.Substring(n.Length + 2)));
            return (names[tail], names[title.Substring(tail.Length + 2)], Texts(e));
        }).ToList();
        return new GraphvizDrawing(Texts(graph), nodes.Select(Texts).ToList(), edges);
    }
}
