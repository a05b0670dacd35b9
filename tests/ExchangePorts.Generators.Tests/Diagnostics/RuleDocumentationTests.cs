using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using ExchangePorts.Generators.Common;
using ExchangePorts.Generators.Diagnostics;
using ExchangePorts.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ExchangePorts.Generators.Tests.Diagnostics;

/// <summary>Every rule has one ID, a page under docs/rules that its help link points at, and a release-tracking row.</summary>
public class RuleDocumentationTests
{
    public static readonly DiagnosticDescriptor[] Descriptors = new[] { typeof(CatalogDiagnostics), typeof(AnalyzerDiagnostics) }
        .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
        .Where(f => f.FieldType == typeof(Rule))
        .Select(f => Generators.Roslyn.Descriptors.For((Rule)f.GetValue(null)!))
        .ToArray();

    public static TheoryData<string> RuleIds => new(Descriptors.Select(d => d.Id));

    private static DiagnosticDescriptor Descriptor(string id) => Descriptors.Single(d => d.Id == id);

    private static string PagePath(string id) => Path.Combine(RepositoryPaths.Root, "docs", "rules", id + ".md");

    [Fact]
    public void Every_rule_id_has_exactly_one_descriptor()
    {
        var ids = typeof(RuleIds).GetFields().Select(f => (string)f.GetValue(null)!).Order().ToList();
        Assert.Equal(ids, Descriptors.Select(d => d.Id).Order());
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void The_analyzer_reports_exactly_the_analyzer_rules()
    {
        var supported = new Generators.Analyzers.HardcodedPortAnalyzer().SupportedDiagnostics.Select(d => d.Id).Order();
        Assert.Equal(Descriptors.Where(d => d.Id.StartsWith("EXP2", System.StringComparison.Ordinal)).Select(d => d.Id).Order(), supported);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void The_help_link_points_at_the_rule_page_which_exists(string id)
    {
        var descriptor = Descriptor(id);
        Assert.Equal("https://github.com/exchangeports/exchangeports/blob/main/docs/rules/" + id + ".md", descriptor.HelpLinkUri);
        Assert.True(File.Exists(PagePath(id)), PagePath(id));
        Assert.StartsWith($"# {id}: {descriptor.Title}\n", File.ReadAllText(PagePath(id)));
        Assert.Contains($"| Severity | {descriptor.DefaultSeverity} |", File.ReadAllText(PagePath(id)));
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void The_release_tracking_file_lists_the_rule(string id)
    {
        var descriptor = Descriptor(id);
        var unshipped = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "docs", "rules", "AnalyzerReleases.Unshipped.md"));
        Assert.Contains($"{id} | {descriptor.Category} | {descriptor.DefaultSeverity} | {descriptor.Title}", unshipped);
    }

    /// <summary>A page's example, run through the generator, gives the diagnostic the page shows, at that line and column.</summary>
    [Theory]
    [MemberData(nameof(RuleIds))]
    public void The_example_on_the_rule_page_reproduces(string id)
    {
        var page = File.ReadAllText(PagePath(id));
        var example = Regex.Match(page, "```(csv|json)\n(.*?)\n```", RegexOptions.Singleline);
        var reported = Regex.Match(page, @"exchange\.ports\.(csv|json)\((\d+),(\d+)\): (error|warning|info) (EXP\d+): (.*?)(\.\.\.)?\n");
        if (!example.Success)
        {
            Assert.False(reported.Success, "a located message needs an example to reproduce");
            return;
        }

        Assert.True(reported.Success, id + " shows an example but not what the build reports");
        Assert.Equal(example.Groups[1].Value, reported.Groups[1].Value);
        var run = GeneratorHarness.RunLenient(new CatalogFile("/p/exchange.ports." + example.Groups[1].Value, example.Groups[2].Value + "\n"));
        var diagnostic = Assert.Single(run.Result.Diagnostics, d => d.Id == id);
        Assert.Equal(id, reported.Groups[5].Value);
        Assert.Equal(reported.Groups[4].Value, diagnostic.Severity == DiagnosticSeverity.Info ? "info" : diagnostic.Severity.ToString().ToLowerInvariant());
        Assert.Equal($"{id} ({reported.Groups[2].Value},{reported.Groups[3].Value})", GeneratorRun.Format(diagnostic));
        Assert.StartsWith(reported.Groups[6].Value.TrimEnd('.', ' '), diagnostic.GetMessage());
    }
}
