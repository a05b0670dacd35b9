using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ExchangePorts.Generators.Tests.Infrastructure;
using Xunit;

namespace ExchangePorts.Generators.Tests.Diagnostics;

/// <summary>The catalogs README shows are real catalogs: they generate, with no diagnostic.</summary>
public class ReadmeExampleTests
{
    [Theory]
    [InlineData("csv")]
    [InlineData("json")]
    public void The_readme_catalog_examples_generate_cleanly(string format)
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        var examples = Regex.Matches(readme, "```" + format + "\n(.*?)\n```", RegexOptions.Singleline);
        Assert.NotEmpty(examples);
        foreach (var example in examples.Cast<Match>())
        {
            var run = GeneratorHarness.RunLenient(new CatalogFile("/p/readme.ports." + format, example.Groups[1].Value));
            Assert.Empty(run.Result.Diagnostics);
            Assert.Contains(run.HintNames, h => h.EndsWith("Ports.g.cs", System.StringComparison.Ordinal));
        }
    }
}
