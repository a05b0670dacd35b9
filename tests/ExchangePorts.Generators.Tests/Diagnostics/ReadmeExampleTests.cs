using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ExchangePorts.Generators.Tests.Infrastructure;
using Xunit;

namespace ExchangePorts.Generators.Tests.Diagnostics;

/// <summary>
/// The catalogs README and the pages of docs/ show are real catalogs: they generate, with no diagnostic. The rule
/// pages (docs/rules) show broken catalogs on purpose and are checked by the rule tests instead.
/// </summary>
public class ReadmeExampleTests
{
    /// <summary>README.md and every page directly in docs/.</summary>
    private static string[] Documents =>
        Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "docs"), "*.md")
            .Prepend(Path.Combine(RepositoryPaths.Root, "README.md"))
            .ToArray();

    [Theory]
    [InlineData("csv")]
    [InlineData("json")]
    public void The_documented_catalog_examples_generate_cleanly(string format)
    {
        var examples = Documents
            .SelectMany(file => Regex.Matches(File.ReadAllText(file).Replace("\r\n", "\n", StringComparison.Ordinal), "```" + format + "\n(.*?)\n```", RegexOptions.Singleline)
                .Select(match => (File: Path.GetRelativePath(RepositoryPaths.Root, file), Text: match.Groups[1].Value)))
            .ToList();
        Assert.NotEmpty(examples);
        foreach (var example in examples)
        {
            var run = GeneratorHarness.RunLenient(new CatalogFile("/p/readme.ports." + format, example.Text));
            Assert.True(run.Result.Diagnostics.IsEmpty, example.File + ": " + string.Join("\n", run.Result.Diagnostics));
            Assert.Contains(run.HintNames, h => h.EndsWith("Ports.g.cs", StringComparison.Ordinal));
        }
    }
}
