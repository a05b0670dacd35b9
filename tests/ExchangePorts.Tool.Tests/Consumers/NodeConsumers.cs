using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using ExchangePorts.Tests.Shared;
using ExchangePorts.Tool.Tests.Infrastructure;
using Xunit;

namespace ExchangePorts.Tool.Tests.Consumers;

/// <summary>A Mermaid diagram as Mermaid renders it: the title, the nodes and edge labels drawn, and markup found in them.</summary>
internal sealed record MermaidDrawing(bool Parsed, string Error, IReadOnlyList<string> Title, IReadOnlyList<(string Text, string[] Tags)> Nodes, int Edges, IReadOnlyList<(string Text, string[] Tags)> Labels);

/// <summary>A Markdown table as markdown-it reads it: each row's cells, with the inline token kinds of each.</summary>
internal sealed record MarkdownTable(IReadOnlyList<IReadOnlyList<(string Text, string[] Tokens)>> Rows);

/// <summary>
/// Mermaid's own parser and renderer (npm package <c>mermaid</c>, in jsdom) and markdown-it, run by
/// <c>Consumers/node/read.mjs</c>; the packages are installed once per run from its <c>package-lock.json</c>
/// (<c>npm ci</c>). Many texts go to one process, which pays Node's and Mermaid's start once.
/// </summary>
internal static class NodeConsumers
{
    private static readonly Lazy<string> Folder = new(Install);

    public static IReadOnlyList<MermaidDrawing> Mermaid(IReadOnlyList<string> diagrams) =>
        Read(diagrams.Select(d => ("mermaid", d)).ToList()).Select(r => new MermaidDrawing(
            r["ok"]!.GetValue<bool>(),
            r["error"]?.GetValue<string>() ?? string.Empty,
            r["title"]?.AsArray().Select(t => t!.GetValue<string>()).ToList() ?? [],
            r["nodes"]?.AsArray().Select(Label).ToList() ?? [],
            r["edges"]?.GetValue<int>() ?? 0,
            r["labels"]?.AsArray().Select(Label).ToList() ?? [])).ToList();

    public static IReadOnlyList<MarkdownTable> Markdown(IReadOnlyList<string> documents) =>
        Read(documents.Select(d => ("markdown", d)).ToList()).Select(r => new MarkdownTable(
            r["rows"]!.AsArray().Select(row => (IReadOnlyList<(string, string[])>)row!.AsArray()
                .Select(cell => (cell!["text"]!.GetValue<string>(), cell["tokens"]!.AsArray().Select(t => t!.GetValue<string>()).ToArray())).ToList()).ToList())).ToList();

    private static (string Text, string[] Tags) Label(JsonNode? label) =>
        (label!["text"]!.GetValue<string>(), label["tags"]!.AsArray().Select(t => t!.GetValue<string>()).ToArray());

    private static List<JsonObject> Read(List<(string Kind, string Text)> jobs)
    {
        var input = new JsonArray(jobs.Select(j => (JsonNode)new JsonObject { ["kind"] = j.Kind, ["text"] = j.Text }).ToArray()).ToJsonString();
        var (exit, output, error) = Shell.Run("node", [Path.Combine(Folder.Value, "read.mjs")], input, timeoutSeconds: 600);
        Assert.True(exit == 0, "node read.mjs: " + error);
        var results = JsonNode.Parse(output)!.AsArray().Select(r => r!.AsObject()).ToList();
        Assert.Equal(jobs.Count, results.Count);
        return results;
    }

    private static string Install()
    {
        var folder = Repository.PathOf("tests", "ExchangePorts.Tool.Tests", "Consumers", "node");
        var installed = Path.Combine(folder, "node_modules", ".package-lock.json");
        if (!File.Exists(installed) || File.GetLastWriteTimeUtc(installed) < File.GetLastWriteTimeUtc(Path.Combine(folder, "package-lock.json")))
        {
            var (exit, output, error) = Shell.Run("npm", ["ci", "--prefix", folder, "--no-audit", "--no-fund"], timeoutSeconds: 600);
            Assert.True(exit == 0, "npm ci: " + output + error);
        }

        return folder;
    }
}
