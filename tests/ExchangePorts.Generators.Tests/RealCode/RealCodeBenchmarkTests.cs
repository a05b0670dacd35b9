using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ExchangePorts.Generators.Tests.Infrastructure;
using Xunit;

namespace ExchangePorts.Generators.Tests.RealCode;

/// <summary>
/// The analyzer's precision on code nobody on the team wrote, and its recall on Exchange tooling: every
/// report on <c>tests/RealCode</c> is classified by hand in <c>reports.tsv</c> (right meaning, wrong meaning,
/// not a port); a report that is not there, or a classified one that is gone, fails until it is looked at.
/// </summary>
public class RealCodeBenchmarkTests
{
    private static readonly string ReportsFile = Path.Combine(RealCodeCorpus.Root, "reports.tsv");

    private static readonly Lazy<IReadOnlyList<CorpusReport>> Reports = new(() =>
        RealCodeCorpus.Corpora.SelectMany(c => RealCodeCorpus.Analyze(c)).ToArray());

    [Fact]
    public void Every_report_is_classified_and_every_classified_report_is_made()
    {
        var classified = ReadClassified();
        var made = Reports.Value.Select(r => r.Key).ToArray();
        var unclassified = made.Where(k => !classified.ContainsKey(k)).ToArray();
        var gone = classified.Keys.Where(k => !made.Contains(k)).ToArray();
        if (unclassified.Length > 0 || gone.Length > 0)
        {
            File.WriteAllLines(Path.ChangeExtension(ReportsFile, ".received.tsv"), made.Select(k => k + "\t" + (classified.TryGetValue(k, out var v) ? v : "?\t")));
        }

        Assert.True(unclassified.Length == 0, "Reports to classify in reports.tsv:\n" + string.Join("\n", unclassified));
        Assert.True(gone.Length == 0, "Classified reports no longer made:\n" + string.Join("\n", gone));
    }

    [Fact]
    public void At_least_95_percent_of_the_reports_mean_the_entry_they_name()
    {
        var verdicts = ReadClassified().Values.Select(v => v.Split('\t')[0]).ToArray();
        Assert.NotEmpty(verdicts);
        Assert.All(verdicts, v => Assert.Contains(v, new[] { "right", "wrong", "not-a-port" }));
        var right = verdicts.Count(v => v == "right");
        Assert.True(right * 100 >= verdicts.Length * 95, $"{right} of {verdicts.Length} reports are right-meaning");
    }

    [Fact]
    public void Exchange_tooling_is_reported_where_it_is_evidenced_with_the_right_entry_first()
    {
        var expected = new List<(string File, int Line, string First)>();
        var folder = Path.Combine(RealCodeCorpus.Root, "ExchangeTooling");
        foreach (var file in Directory.EnumerateFiles(folder, "*.cs").Order(StringComparer.Ordinal))
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                foreach (Match match in Regex.Matches(lines[i], @"// expect: (\w+\.\w+)(?!\S)"))
                {
                    expected.Add((Path.GetFileName(file), i + 1, match.Groups[1].Value));
                }
            }
        }

        // Reports classified wrong-meaning count against precision above; here, every other one is expected.
        var classified = ReadClassified();
        var actual = Reports.Value
            .Where(r => r.Corpus == "ExchangeTooling" && !(classified.TryGetValue(r.Key, out var verdict) && verdict.StartsWith("wrong", StringComparison.Ordinal)))
            .Select(r => (r.File, r.Line, r.First))
            .ToArray();
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void The_figures_in_the_docs_are_this_run()
    {
        var doc = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "real-code-benchmark.md")).ReplaceLineEndings("\n");
        var table = Table();
        Assert.True(doc.Contains(table, StringComparison.Ordinal), "docs/real-code-benchmark.md should hold this run's table:\n" + table);
    }

    /// <summary>Per corpus: reports without the evidence rule (the old behaviour), reports now, and their verdicts.</summary>
    private static string Table()
    {
        var classified = ReadClassified();
        var lines = new List<string>
        {
            "| Corpus | Files | Reports without evidence (option off) | Reports (default) | Right meaning | Wrong meaning | Not a port |",
            "|---|---:|---:|---:|---:|---:|---:|",
        };
        int[] totals = new int[6];
        foreach (var corpus in RealCodeCorpus.Corpora)
        {
            var files = Directory.EnumerateFiles(Path.Combine(RealCodeCorpus.Root, corpus), "*.cs", SearchOption.AllDirectories).Count();
            var before = RealCodeCorpus.Analyze(corpus, requireEvidence: false).Count;
            var now = Reports.Value.Where(r => r.Corpus == corpus).Select(r => classified.TryGetValue(r.Key, out var v) ? v.Split('\t')[0] : "?").ToArray();
            int[] row = [files, before, now.Length, now.Count(v => v == "right"), now.Count(v => v == "wrong"), now.Count(v => v == "not-a-port")];
            for (var i = 0; i < row.Length; i++)
            {
                totals[i] += row[i];
            }

            lines.Add("| " + corpus + " | " + string.Join(" | ", row.Select(n => n.ToString(CultureInfo.InvariantCulture))) + " |");
        }

        lines.Add("| **Total** | " + string.Join(" | ", totals.Select(n => "**" + n.ToString(CultureInfo.InvariantCulture) + "**")) + " |");
        return string.Join("\n", lines);
    }

    /// <summary>reports.tsv: the report's key columns, then verdict and why; lines starting with # are comments.</summary>
    private static Dictionary<string, string> ReadClassified()
    {
        var classified = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadAllLines(ReportsFile).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var columns = line.Split('\t');
            classified[string.Join("\t", columns.Take(7))] = string.Join("\t", columns.Skip(7));
        }

        return classified;
    }
}
