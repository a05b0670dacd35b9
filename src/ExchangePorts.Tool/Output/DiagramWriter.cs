using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using ExchangePorts.Generators.Model;
using ExchangePorts.Tool.Catalogs;

namespace ExchangePorts.Tool.Output;

/// <summary>How <c>diagram</c> draws the data paths.</summary>
internal enum DiagramFormat
{
    /// <summary>A Mermaid flowchart: GitHub renders it in Markdown.</summary>
    Mermaid,

    /// <summary>Graphviz DOT: <c>dot -Tsvg</c> draws it.</summary>
    Dot,
}

/// <summary>
/// The data paths as a graph: each role a node, one edge per source and destination role, labelled with
/// the ports of every entry between them (<c>25/TCP, 50636/TCP</c>). An entry with several roles at an end
/// is an edge from or to each. Entries without roles, and connections local to a server (role <c>Local</c>),
/// which cross no network, are left out.
/// </summary>
internal static class DiagramWriter
{
    public static string Write(IReadOnlyList<ToolEntry> entries, DiagramFormat format, string title)
    {
        var edges = Edges(entries);
        return format == DiagramFormat.Dot ? Dot(edges, title) : Mermaid(edges, title);
    }

    private static List<(string From, string To, string Label)> Edges(IReadOnlyList<ToolEntry> entries)
    {
        var ports = new Dictionary<(string From, string To), List<string>>();
        var order = new List<(string From, string To)>();
        foreach (var entry in entries)
        {
            var port = PortText.WithTransport(entry.Spec);
            foreach (var from in entry.FromRoles.Where(r => r != Firewall.FirewallPlanner.Local))
            {
                foreach (var to in entry.ToRoles.Where(r => r != Firewall.FirewallPlanner.Local))
                {
                    if (!ports.TryGetValue((from, to), out var list))
                    {
                        ports.Add((from, to), list = []);
                        order.Add((from, to));
                    }

                    if (!list.Contains(port))
                    {
                        list.Add(port);
                    }
                }
            }
        }

        return order.Select(edge => (edge.From, edge.To, string.Join(", ", ports[edge].OrderBy(PortOf).ThenBy(p => p, StringComparer.Ordinal)))).ToList();
    }

    private static int PortOf(string port) => int.Parse(port.Split('/', '-')[0], System.Globalization.CultureInfo.InvariantCulture);

    private static string Mermaid(List<(string From, string To, string Label)> edges, string title)
    {
        var text = new StringBuilder();
        text.Append("---\ntitle: ").Append(title).Append("\n---\nflowchart LR\n");
        foreach (var (from, to, label) in edges)
        {
            text.Append("    ").Append(from).Append(" -->|\"").Append(label.Replace("\"", "#quot;", StringComparison.Ordinal)).Append("\"| ").Append(to).Append('\n');
        }

        return text.ToString();
    }

    private static string Dot(List<(string From, string To, string Label)> edges, string title)
    {
        var text = new StringBuilder();
        text.Append("digraph \"exchange_ports\" {\n");
        text.Append("    label=\"").Append(DotEscape(title)).Append("\";\n    labelloc=t;\n    rankdir=LR;\n");
        text.Append("    node [shape=box, style=rounded, fontname=\"Helvetica\"];\n    edge [fontname=\"Helvetica\", fontsize=10];\n");
        foreach (var (from, to, label) in edges)
        {
            text.Append("    \"").Append(DotEscape(from)).Append("\" -> \"").Append(DotEscape(to)).Append("\" [label=\"").Append(DotEscape(label)).Append("\"];\n");
        }

        text.Append("}\n");
        return text.ToString();
    }

    private static string DotEscape(string value) => value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
}
