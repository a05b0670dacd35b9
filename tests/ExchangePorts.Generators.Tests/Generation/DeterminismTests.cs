using System.Linq;
using ExchangePorts.Generators.Tests.Infrastructure;
using Xunit;

namespace ExchangePorts.Generators.Tests.Generation;

public class DeterminismTests
{
    private static string[] Generate(params CatalogFile[] catalogs) =>
        GeneratorHarness.Run(catalogs).Result.Results.Single().GeneratedSources
            .OrderBy(s => s.HintName, System.StringComparer.Ordinal)
            .Select(s => s.HintName + "\n" + s.SourceText)
            .ToArray();

    [Fact]
    public void Two_runs_give_identical_text()
    {
        Assert.Equal(Generate(RepositoryPaths.ExchangeCatalogFile()), Generate(RepositoryPaths.ExchangeCatalogFile()));
    }

    [Fact]
    public void The_folder_of_a_catalog_does_not_change_the_output()
    {
        var text = RepositoryPaths.ExchangeCatalogFile().Text;
        Assert.Equal(
            Generate(new CatalogFile("/home/ana/src/exchange.ports.csv", text)),
            Generate(new CatalogFile(@"C:\build\agent\7\exchange.ports.csv".Replace('\\', '/'), text)));
    }

    [Fact]
    public void Line_endings_and_a_byte_order_mark_do_not_change_the_output()
    {
        var text = RepositoryPaths.ExchangeCatalogFile().Text!;
        Assert.Equal(
            Generate(new CatalogFile("/p/exchange.ports.csv", text.Replace("\r\n", "\n"))),
            Generate(new CatalogFile("/p/exchange.ports.csv", "\uFEFF" + text.Replace("\n", "\r\n"))));
    }
}
