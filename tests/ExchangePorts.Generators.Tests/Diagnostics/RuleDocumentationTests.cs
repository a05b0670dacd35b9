using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
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

    /// <summary>
    /// A page's example, built as a project would be (its catalogs, its C# with the default catalogs, a referenced
    /// assembly), gives the diagnostic the page shows, at that file, line and column, and its C# has no other error.
    /// </summary>
    [Theory]
    [MemberData(nameof(RuleIds))]
    public async Task The_example_on_the_rule_page_reproduces(string id)
    {
        var example = RulePageExample.Read(File.ReadAllText(PagePath(id)));
        Assert.True(example.Reported is not null, id + ": the page shows no build output under its example");

        // A failure inside the generator cannot be written as a catalog: a file that throws when read makes one.
        IReadOnlyList<Diagnostic> diagnostics;
        if (id == global::ExchangePorts.Generators.Diagnostics.RuleIds.InternalError)
        {
            Assert.Empty(example.Files);
            var driver = GeneratorHarness.CreateDriver([new ThrowingAdditionalText(RulePageExample.Root + "exchange.ports.csv", "The process cannot access the file because it is being used by another process.")], TestOptionsProvider.Empty, trackSteps: false);
            driver = driver.RunGeneratorsAndUpdateCompilation(GeneratorHarness.CreateCompilation(), out _, out _);
            diagnostics = driver.GetRunResult().Diagnostics;
        }
        else
        {
            Assert.True(example.Files.Count > 0, id + ": the page has no example to build");
            diagnostics = await example.BuildAsync();
        }

        // The page's line, up to a "..." where it leaves the rest of a long message out.
        var line = example.Reported!.Split('\n')[0];
        var reported = Reported.Match(line);
        Assert.True(reported.Success && reported.Groups["message"].Length > 0, id + ": '" + line + "' is not a line the build prints");
        Assert.Equal(id, reported.Groups["id"].Value);
        var shown = line.Split("...")[0].TrimEnd('.', ' ');
        Assert.True(
            diagnostics.Any(d => d.Id == id && Printed(d).StartsWith(shown, StringComparison.Ordinal)),
            id + ": the page shows\n" + line + "\nthe build reports\n" + string.Join("\n", diagnostics.Select(Printed)));

        // The example's C# compiles: no error but the rule's own.
        Assert.DoesNotContain(diagnostics, d => d.Severity == DiagnosticSeverity.Error && d.Id.StartsWith("CS", StringComparison.Ordinal));
    }

    /// <summary>A diagnostic as the build prints it: <c>file(line,col): severity ID: message</c>, the file named as in the example.</summary>
    private static string Printed(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        var severity = diagnostic.Severity == DiagnosticSeverity.Info ? "info" : diagnostic.Severity.ToString().ToLowerInvariant();
        var file = span.Path.StartsWith(RulePageExample.Root, StringComparison.Ordinal) ? span.Path[RulePageExample.Root.Length..] : Path.GetFileName(span.Path);
        var where = span.Path.Length == 0 ? string.Empty
            : file + "(" + (span.StartLinePosition.Line + 1) + "," + (span.StartLinePosition.Character + 1) + "): ";
        return where + severity + " " + diagnostic.Id + ": " + diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
    }

    // A line of build output: an optional file(line,col), the severity, the ID and the message.
    private static readonly Regex Reported = new(@"^(?:(?<file>[^\s(]+)\((?<line>\d+),(?<column>\d+)\): )?(?<severity>error|warning|info) (?<id>EXP\d+): (?<message>.*)$", RegexOptions.Compiled);
}
