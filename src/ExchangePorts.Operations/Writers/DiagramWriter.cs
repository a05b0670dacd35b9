using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using ExchangePorts.Generators.Model;
using ExchangePorts.Operations.Entries;
using ExchangePorts.Operations.Sources;
using ExchangePorts.Operations.Writers;

namespace ExchangePorts.Operations.Writers;

/// <summary>A graph language <c>diagram</c> writes: its name for <c>--format</c>, what draws it, and its writer.</summary>
internal sealed record DiagramFormat(string Name, string Help, Func<DiagramWriter.Graph, string> Write)
{
    /// <summary>The name, as help shows a default value and as <c>--format</c> takes it.</summary>
    public override string ToString() => Name;
}

/// <summary>
/// The data paths as a graph: each role a node, one edge per source and destination role, labelled with the ports of
/// every entry between them (<c>25/TCP, 50636/TCP</c>). An entry with several roles at an end is an edge from or to
/// each. Entries without roles, and connections local to a server (role <c>Local</c>), which cross no network, are left
/// out. Node ids are the writer's own; role keys and every other text are only labels.
/// </summary>
internal static class DiagramWriter
{
    /// <summary>Every diagram format, the one list of them: the first is the default.</summary>
    public static readonly IReadOnlyList<DiagramFormat> Formats =
    [
        new("mermaid", "a Mermaid flowchart, which GitHub renders in Markdown", Mermaid),
        new("dot", "Graphviz DOT, which dot -Tsvg draws", Dot),
    ];

    /// <summary>The roles in order of first use, and the edges between them.</summary>
    public sealed record Graph(string Title, IReadOnlyList<string> Nodes, IReadOnlyList<(string From, string To, string Label)> Edges);

    public static Graph Build(IReadOnlyList<PortEntry> entries, string title)
    {
        var ports = new Dictionary<(string From, string To), List<string>>();
        var order = new List<(string From, string To)>();
        var nodes = new List<string>();
        foreach (var entry in entries)
        {
            var port = PortText.WithTransport(entry.Spec);
            foreach (var from in entry.FromRoles.Where(r => r != RoleKeys.Local))
            {
                foreach (var to in entry.ToRoles.Where(r => r != RoleKeys.Local))
                {
                    if (!ports.TryGetValue((from, to), out var list))
                    {
                        ports.Add((from, to), list = []);
                        order.Add((from, to));
                        nodes.AddRange(new[] { from, to }.Where(n => !nodes.Contains(n)).Distinct());
                    }

                    if (!list.Contains(port))
                    {
                        list.Add(port);
                    }
                }
            }
        }

        var edges = order.Select(edge => (edge.From, edge.To, string.Join(", ", ports[edge].OrderBy(PortOf).ThenBy(p => p, StringComparer.Ordinal)))).ToList();
        return new Graph(title, nodes, edges);
    }

    private static int PortOf(string port) => int.Parse(port.Split('/', '-')[0], CultureInfo.InvariantCulture);

    private static string Mermaid(Graph graph)
    {
        var text = new StringBuilder();
        text.Append("---\ntitle: ").Append(MermaidText.Title(graph.Title)).Append("\n---\nflowchart LR\n");
        foreach (var node in graph.Nodes)
        {
            text.Append("    ").Append(MermaidId(graph, node)).Append('[').Append(MermaidText.Label(node)).Append("]\n");
        }

        foreach (var (from, to, label) in graph.Edges)
        {
            text.Append("    ").Append(MermaidId(graph, from)).Append(" -->|").Append(MermaidText.Label(label)).Append("| ").Append(MermaidId(graph, to)).Append('\n');
        }

        return text.ToString();
    }

    // n1, n2, ...: never a Mermaid keyword (end, subgraph, style) or an arrow's letter (o, x), whatever the role key.
    private static string MermaidId(Graph graph, string node) => "n" + (IndexOf(graph.Nodes, node) + 1).ToString(CultureInfo.InvariantCulture);

    private static int IndexOf(IReadOnlyList<string> nodes, string node)
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            if (nodes[i] == node)
            {
                return i;
            }
        }

        return -1;
    }

    private static string Dot(Graph graph)
    {
        var text = new StringBuilder();
        text.Append("digraph \"exchange_ports\" {\n");
        text.Append("    label=").Append(DotText.Quoted(graph.Title)).Append(";\n    labelloc=t;\n    rankdir=LR;\n");
        text.Append("    node [shape=box, style=rounded, fontname=\"Helvetica\"];\n    edge [fontname=\"Helvetica\", fontsize=10];\n");
        foreach (var node in graph.Nodes)
        {
            text.Append("    ").Append(DotText.Quoted(node)).Append(";\n");
        }

        foreach (var (from, to, label) in graph.Edges)
        {
            text.Append("    ").Append(DotText.Quoted(from)).Append(" -> ").Append(DotText.Quoted(to)).Append(" [label=").Append(DotText.Quoted(label)).Append("];\n");
        }

        text.Append("}\n");
        return text.ToString();
    }
}
