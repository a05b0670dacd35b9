using System.Collections.Generic;
using System.Linq;
using ExchangePorts.Generators.Catalog;
using ExchangePorts.Generators.Common;
using ExchangePorts.Generators.Roslyn;
using ExchangePorts.Generators.Tests.Infrastructure;
using Xunit;

namespace ExchangePorts.Generators.Tests.Catalog;

/// <summary>
/// The catalog parser called outside the compiler (a command-line tool reading a user's catalog) gives what a
/// build gives: the same entries and the same diagnostics, with the same IDs, files, lines and columns.
/// </summary>
public class CatalogParserEntryTests
{
    public static TheoryData<string, string> Catalogs() => new()
    {
        { "/p/ok.ports.csv", "group,name,port,transport\nWeb,Https,443,tcp\nWeb,Http,80,tcp\n" },
        { "/p/broken.ports.csv", "group,name,port,transport\nWeb,Https,70000,tcp\nWeb,---,80,quic\nWeb,\"open,1,tcp\n" },
        { "/p/fields.ports.csv", "group,name,port,transport,colour\nA,B,25\nA,C,26,tcp,red\n" },
        { "/p/twice.ports.csv", "group,name,port,transport\nG,A,1,tcp\nG,A,2,tcp\nAll,B,3,tcp\n" },
        { "/p/broken.ports.json", "[ { \"group\": \"Web\", \"name\": \"Https\", \"port\": \"443\", \"transport\": \"tcp\" }, { \"name\": 5 " },
        { "/p/options.ports.json", "{ \"className\": \"class\", \"entries\": [] }" },
        { "/p/empty.ports.csv", "" },
    };

    [Theory]
    [MemberData(nameof(Catalogs))]
    public void Parsing_a_path_and_text_gives_what_the_generator_reports(string path, string text)
    {
        var generated = GeneratorHarness.RunLenient(new CatalogFile(path, text));
        var parsed = CatalogParser.Parse(path, text);

        // The catalog reader's own build lines are the compiler's, word for word.
        Assert.Equal(
            generated.Result.Diagnostics.Select(d => d.ToString()),
            parsed.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(parsed.Diagnostics.Select(d => d.ToDiagnostic().ToString()), parsed.Diagnostics.Select(d => d.ToString()));
        Assert.NotEmpty(parsed.Diagnostics.Select(d => d.ToString()).Concat(parsed.Spec?.Entries.Select(e => e.Name) ?? []));

        var hintName = generated.HintNames.SingleOrDefault(h => !h.StartsWith("PortCatalog.", System.StringComparison.Ordinal) && !h.EndsWith("-data.g.cs", System.StringComparison.Ordinal));
        if (hintName is null)
        {
            Assert.Null(parsed.Spec);
        }
        else
        {
            Assert.Equal(generated.Entries(hintName), parsed.Spec!.Entries);
        }
    }

    [Fact]
    public void A_diagnostic_reads_as_a_build_line_with_file_line_and_column()
    {
        var parsed = CatalogParser.Parse("/home/me/my.ports.csv", "group,name,port,transport\nWeb,Https,70000,tcp\n");

        Assert.Equal(
            "/home/me/my.ports.csv(2,11): error EXP1007: '70000' is not a valid port: use a whole number from 1 to 65535, or a range such as 1024-65535",
            Assert.Single(parsed.Diagnostics).ToString());
    }

    [Fact]
    public void Metadata_and_project_properties_are_read_as_a_build_reads_them()
    {
        var parsed = CatalogParser.Parse(
            "/p/legacy.csv",
            "name,port,transport\nA,1,tcp\nA,2,tcp\n",
            new Dictionary<string, string> { ["ClassName"] = "LegacyPorts", ["Lenient"] = "true" },
            new Dictionary<string, string> { ["ExchangePortsNamespace"] = "Contoso.Network" });

        Assert.Equal(("Contoso.Network.LegacyPorts", 2), (parsed.Spec!.FullName, parsed.Spec.Entries.Count));
        Assert.Equal(RuleSeverity.Info, Assert.Single(parsed.Diagnostics).Severity);
    }

    [Fact]
    public void A_file_that_could_not_be_read_is_reported_not_thrown()
    {
        var parsed = CatalogParser.Parse("/p/gone.ports.csv", null);
        Assert.Equal("EXP1003", Assert.Single(parsed.Diagnostics).Rule.Id);
    }
}
