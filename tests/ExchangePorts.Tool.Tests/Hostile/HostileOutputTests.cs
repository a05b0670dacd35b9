using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using CsCheck;
using ExchangePorts.Operations.Entries;
using ExchangePorts.Operations.Writers;
using ExchangePorts.Tests.Shared;
using ExchangePorts.Tool.Output;
using ExchangePorts.Tool.Tests.Consumers;
using ExchangePorts.Tool.Tests.Infrastructure;
using Xunit;

namespace ExchangePorts.Tool.Tests.Hostile;

/// <summary>
/// Hostile catalogs, file names and output paths through <c>diagram</c> and <c>list</c>: Mermaid and Graphviz draw exactly
/// the planned nodes and edges; CSV and JSON carry the text exactly; Markdown and the plain table show it, escaped and whole.
/// </summary>
public class HostileOutputTests
{
    private const int Samples = 100;

    [SystemToolFact("node")]
    public void Mermaid_draws_exactly_the_roles_and_paths_and_the_title_with_no_markup_from_the_text()
    {
        var samples = HostileSample.Generator.Array[Samples].Single();
        var expected = new List<DiagramWriter.Graph>();
        var diagrams = new List<string>();
        foreach (var (catalog, output) in samples)
        {
            using var hostile = new HostileSample(catalog, output);
            var (run, diagram) = hostile.Run("diagram", "--format", "mermaid");
            Assert.True(run.ExitCode == 0, run.Error);
            expected.Add(DiagramWriter.Build(hostile.Loaded().Entries, "Data paths: " + Path.GetFileName(hostile.CatalogPath)));
            diagrams.Add(diagram);
        }

        foreach (var (graph, drawing, text) in expected.Zip(NodeConsumers.Mermaid(diagrams), diagrams))
        {
            Assert.True(drawing.Parsed, drawing.Error + "\n" + text);
            // Mermaid's sanitizer mangles < > & in a title; they are written visibly.
            Assert.Equal([HostileText.Visible(graph.Title).Replace("<", "\\u003C", StringComparison.Ordinal).Replace(">", "\\u003E", StringComparison.Ordinal).Replace("&", "\\u0026", StringComparison.Ordinal)], drawing.Title);
            Assert.Equal(graph.Nodes, drawing.Nodes.Select(n => n.Text));
            Assert.Equal(graph.Edges.Count, drawing.Edges);
            // A path from a role to itself is drawn as three edges, two of them with empty labels.
            Assert.Equal(graph.Edges.Select(e => e.Label), drawing.Labels.Select(l => l.Text).Where(t => t.Length > 0));
            Assert.All(drawing.Nodes.Concat(drawing.Labels), label => Assert.Empty(label.Tags));
        }
    }

    [SystemToolFact("dot")]
    public void Graphviz_draws_exactly_the_roles_and_paths_and_the_title()
    {
        HostileSample.Generator.Sample(sample =>
        {
            using var hostile = new HostileSample(sample.Catalog, sample.Output);
            var (run, dot) = hostile.Run("diagram", "--format", "dot");
            Assert.True(run.ExitCode == 0, run.Error);
            var graph = DiagramWriter.Build(hostile.Loaded().Entries, "Data paths: " + Path.GetFileName(hostile.CatalogPath));
            var drawing = GraphvizDrawing.Draw(dot);
            // Graphviz draws a run of spaces as no-break spaces; the drawing's text has spaces for both.
            var title = HostileText.Visible(graph.Title).Replace('\u00A0', ' ');
            Assert.True(title == drawing.Title, "[" + HostileText.Visible(title, true) + "]\n[" + HostileText.Visible(drawing.Title, true) + "]\n" + dot);
            Assert.Equal(graph.Nodes.Order(StringComparer.Ordinal), drawing.Nodes.Order(StringComparer.Ordinal));
            Assert.Equal(graph.Edges.Select(e => (e.From, e.To, e.Label)).Order(), drawing.Edges.Order());
        }, iter: Samples);
    }

    [Fact]
    public void JSON_carries_every_text_exactly_and_CSV_reads_back_to_the_same_entries()
    {
        HostileSample.Generator.Sample(sample =>
        {
            using var hostile = new HostileSample(sample.Catalog, sample.Output);
            var (json, jsonText) = hostile.Run("list", "--format", "json");
            Assert.True(json.ExitCode == 0, json.Error);
            var entries = Entries(jsonText);
            Assert.Equal(sample.Catalog.Entries.Count, entries.Count);
            foreach (var (written, read) in sample.Catalog.Entries.Zip(entries))
            {
                string[] fields = ["from", "to", "service", "security", "description", "source", "notes"];
                Assert.Equal(written.Texts.Select(HostileCatalog.WholeCharacters), fields.Select(f => read.GetProperty(f).GetString()));
            }

            var (csv, _) = hostile.Run("list", "--format", "csv");
            Assert.True(csv.ExitCode == 0, csv.Error);
            var again = ToolRunner.Run("list", "--format", "json", "--catalog", CopyAs(hostile.OutputPath, "again.ports.csv")).Succeeded();
            Assert.Equal(entries.Select(Fields), Entries(again.Output).Select(Fields));
        }, iter: Samples);
    }

    [SystemToolFact("node")]
    public void Markdown_tables_keep_one_row_per_entry_and_six_cells_of_plain_visible_text()
    {
        var samples = HostileSample.Generator.Array[Samples].Single();
        var documents = new List<string>();
        var expected = new List<List<string[]>>();
        foreach (var (catalog, output) in samples)
        {
            using var hostile = new HostileSample(catalog, output);
            var (run, markdown) = hostile.Run("list", "--format", "markdown");
            Assert.True(run.ExitCode == 0, run.Error);
            documents.Add(markdown);
            expected.Add(hostile.Loaded().Entries.Select(e => new[] { e.FullName, e.Ports, ExchangePorts.Generators.Model.PortTransportText.Of(e.Spec.Transport), e.Route(), e.Spec.Service, e.Spec.Source }).ToList());
        }

        foreach (var (table, rows, document) in NodeConsumers.Markdown(documents).Zip(expected, documents))
        {
            Assert.Equal(rows.Count + 1, table.Rows.Count);
            foreach (var (cells, read) in rows.Zip(table.Rows.Skip(1)))
            {
                Assert.True(read.Count == 6, document);
                foreach (var (cell, text) in cells.Zip(read.Select(c => c.Text)))
                {
                    Assert.True(HostileText.Visible(cell).Trim() == text, "cell " + HostileText.Visible(cell) + " read as " + text + "\n" + document);
                }

                Assert.All(read, cell => Assert.True(cell.Tokens.All(t => t is "text"), "markup in a cell: " + string.Join(", ", cell.Tokens) + "\n" + document));
            }
        }
    }

    [Fact]
    public void The_plain_table_shows_every_entry_on_one_line_with_nothing_hidden()
    {
        HostileSample.Generator.Sample(sample =>
        {
            using var hostile = new HostileSample(sample.Catalog, sample.Output);
            var (run, table) = hostile.Run("list");
            Assert.True(run.ExitCode == 0, run.Error);
            var lines = table.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(sample.Catalog.Entries.Count + 2, lines.Length);
            Assert.All(lines, line => Assert.False(HostileText.HasHidden(line), "a hidden character: " + line));
            foreach (var (entry, line) in hostile.Loaded().Entries.Zip(lines.Skip(1)))
            {
                Assert.Contains(HostileText.Visible(entry.Spec.Service), line, StringComparison.Ordinal);
            }
        }, iter: Samples);
    }

    private static List<JsonElement> Entries(string json) =>
        JsonDocument.Parse(json).RootElement.GetProperty("entries").EnumerateArray().ToList();

    // Every property but the catalog's class, which follows the file's name.
    private static string Fields(JsonElement entry) =>
        string.Join("\n", entry.EnumerateObject().Where(p => p.Name != "catalog").Select(p => p.Name + "=" + p.Value.GetRawText()));

    private static string CopyAs(string path, string name)
    {
        var copy = Path.Combine(Path.GetDirectoryName(path)!, name);
        File.Copy(path, copy, overwrite: true);
        return copy;
    }

    [Fact]
    public void Nothing_hidden_reaches_a_terminal_in_any_format_CSV_included()
    {
        string[][] commands =
        [
            ["list", "--format", "csv"], ["list", "--format", "json"], ["list", "--format", "markdown"], ["find", "25", "--format", "csv"],
            ["diagram"], ["diagram", "--format", "dot"], ["firewall", "--role", "Edge", "--allow-any", "--format", "nftables"],
        ];
        HostileSample.Generator.Sample(sample =>
        {
            using var hostile = new HostileSample(sample.Catalog, sample.Output);
            foreach (var command in commands)
            {
                var run = ToolRunner.OnTerminal([.. command, "--catalog", hostile.CatalogPath]);
                Assert.True(run.ExitCode is 0 or 1 or 2, run.Error);
                foreach (var line in (run.Output + run.Error).Split('\n'))
                {
                    var laidOut = line.EndsWith('\r') ? line[..^1] : line;
                    Assert.False(HostileText.HasHidden(laidOut.Replace("\t", string.Empty, StringComparison.Ordinal)), string.Join(" ", command) + ": " + HostileText.Visible(line));
                }
            }
        }, iter: Samples / 4);
    }

    [Fact]
    public void Probe_results_show_every_entry_with_nothing_hidden_as_a_table_and_as_JSON_that_parses()
    {
        HostileSample.Generator.Sample(sample =>
        {
            using var hostile = new HostileSample(sample.Catalog, sample.Output);
            if (hostile.Roles.Count == 0)
            {
                // Its only role is Local, the server itself: nothing to probe (ProbePlannerTests).
                return;
            }

            var role = hostile.Roles[0];
            var reaching = hostile.Loaded().Entries.Where(e => e.ToRoles.Contains(role) && (e.FromRoles.Count == 0 || e.FromRoles.Any(r => r != RoleKeys.Local))).Select(e => e.FullName).ToList();
            var (table, tableText) = hostile.Run("probe", "--host", "127.0.0.1", "--role", role, "--timeout", "100ms");
            if (reaching.Count == 0)
            {
                // A probe of nothing is bad input, never a pass.
                Assert.Equal(2, table.ExitCode);
                Assert.StartsWith("Nothing to probe", table.Error.TrimEnd().Split('\n')[^1], StringComparison.Ordinal);
                return;
            }

            Assert.True(table.ExitCode is 0 or 1, table.Error);
            Assert.All(tableText.Split('\n'), line => Assert.False(HostileText.HasHidden(line), HostileText.Visible(line)));
            var (json, jsonText) = hostile.Run("probe", "--host", "127.0.0.1", "--role", role, "--timeout", "100ms", "--format", "json");
            Assert.True(json.ExitCode is 0 or 1, json.Error);
            var results = JsonDocument.Parse(jsonText).RootElement.GetProperty("results").EnumerateArray().ToList();

            // Every entry that reaches the role across the network, each in the result of its port.
            Assert.Equal(
                reaching.Distinct().Order(StringComparer.Ordinal),
                results.SelectMany(r => r.GetProperty("entries").EnumerateArray().Select(e => e.GetString()!)).Distinct().Order(StringComparer.Ordinal));
        }, iter: Samples / 4);
    }
}
