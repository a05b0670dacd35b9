using System.Collections.Generic;
using System.Linq;
using ExchangePorts.Generators.Catalog;
using ExchangePorts.Generators.Tests.Infrastructure;
using Xunit;

namespace ExchangePorts.Generators.Tests.Catalog;

/// <summary>Which AdditionalFiles are catalogs, and what class, namespace and visibility they get.</summary>
public class CatalogOptionsTests
{
    private const string Csv = "group,name,port,transport\nHubToEdge,Smtp,25,tcp\n";

    private static Dictionary<string, string> Metadata(params (string Name, string Value)[] items) =>
        items.ToDictionary(i => i.Name, i => i.Value);

    [Theory]
    [InlineData("exchange.ports.csv", "ExchangePorts")]
    [InlineData("acme-web.ports.csv", "AcmeWebPorts")]
    [InlineData("my office.PORTS.CSV", "MyOfficePorts")]
    [InlineData("legacy.csv", "LegacyPorts")]
    [InlineData("lab.ports.v2.csv", "LabPorts")]
    public void The_default_class_name_comes_from_the_file_name(string fileName, string expected)
    {
        Assert.Equal(expected, CatalogDiscovery.DefaultClassName(fileName));
    }

    [Fact]
    public void Only_files_named_ports_csv_are_catalogs_by_default()
    {
        var run = GeneratorHarness.Run(
            new CatalogFile("/p/exchange.ports.csv", Csv),
            new CatalogFile("/p/other.csv", Csv),
            new CatalogFile("/p/readme.txt", "hello"));
        Assert.Equal(["ExchangePorts-data.g.cs", "ExchangePorts.g.cs", "PortCatalog.PortCatalogClassAttribute.g.cs", "PortCatalog.PortCatalogData.g.cs", "PortCatalog.SharedTypes.g.cs"], run.HintNames.Order());
        Assert.Empty(run.Result.Diagnostics);
    }

    [Fact]
    public void PortCatalog_true_makes_any_file_a_catalog_and_false_opts_out()
    {
        var run = GeneratorHarness.Run(
            new CatalogFile("/p/legacy.csv", Csv, Metadata(("PortCatalog", "true"))),
            new CatalogFile("/p/skipped.ports.csv", Csv, Metadata(("PortCatalog", "False"))));
        Assert.Equal(["LegacyPorts-data.g.cs", "LegacyPorts.g.cs", "PortCatalog.PortCatalogClassAttribute.g.cs", "PortCatalog.PortCatalogData.g.cs", "PortCatalog.SharedTypes.g.cs"], run.HintNames.Order());
    }

    [Fact]
    public void ClassName_Namespace_and_Visibility_metadata_shape_the_class()
    {
        var run = GeneratorHarness.Run(new CatalogFile(
            "/p/exchange.ports.csv",
            Csv,
            Metadata(("ClassName", "MailPorts"), ("Namespace", "Contoso.Network"), ("Visibility", "Public"))));
        Assert.Empty(run.Result.Diagnostics);
        var source = run.Source("Contoso.Network.MailPorts.g.cs");
        Assert.Contains("namespace Contoso.Network\n{", source);
        Assert.Contains("public static partial class MailPorts", source);
        Assert.Contains("public sealed class PortDefinition", run.Source("PortCatalog.SharedTypes.g.cs"));
    }

    [Theory]
    [InlineData("false", true)]
    [InlineData("true", false)]
    [InlineData("", false)]
    public void PortAnalyzer_false_marks_the_catalog_for_the_analyzer_to_ignore(string value, bool excluded)
    {
        var run = GeneratorHarness.Run(new CatalogFile("/p/exchange.ports.csv", Csv, Metadata(("PortAnalyzer", value))));
        Assert.Equal(excluded, run.Source("ExchangePorts-data.g.cs").Contains(", Analyzed = false)]", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Catalogs_are_internal_by_default_and_so_are_the_shared_types()
    {
        var run = GeneratorHarness.Run(new CatalogFile("/p/exchange.ports.csv", Csv));
        Assert.Contains("internal static partial class ExchangePorts", run.Source("ExchangePorts.g.cs"));
        Assert.Contains("internal sealed class PortDefinition", run.Source("PortCatalog.SharedTypes.g.cs"));
        Assert.DoesNotContain("namespace", run.Source("ExchangePorts.g.cs").Split("#nullable enable")[1]);
    }

    [Theory]
    [InlineData("ClassName", "2Ports")]
    [InlineData("ClassName", "class")]
    [InlineData("ClassName", "Mail Ports")]
    [InlineData("Namespace", "Contoso..Network")]
    [InlineData("Namespace", "Contoso.namespace")]
    [InlineData("Visibility", "protected")]
    [InlineData("ClassName", "PortCatalog")]
    [InlineData("PortAnalyzer", "no")]
    [InlineData("Documentation", "short")]
    public void Invalid_metadata_is_reported_on_the_catalog_and_generates_nothing(string name, string value)
    {
        var run = GeneratorHarness.RunLenient(new CatalogFile("/p/exchange.ports.csv", Csv, Metadata((name, value))));
        Assert.Equal(["EXP1013 (1,1)"], run.DiagnosticLines);
        Assert.Contains(value, run.Result.Diagnostics.Single().GetMessage());
        Assert.Empty(run.HintNames);
    }

    [Theory]
    [InlineData("All")]
    [InlineData("Find")]
    [InlineData("System")]
    public void A_class_name_that_would_break_the_generated_code_is_reported(string className)
    {
        var run = GeneratorHarness.RunLenient(new CatalogFile("/p/exchange.ports.csv", Csv, Metadata(("ClassName", className))));
        Assert.Equal(["EXP1013 (1,1)"], run.DiagnosticLines);
    }

    [Fact]
    public void Formatting_characters_in_a_class_name_are_ignored_as_the_compiler_ignores_them()
    {
        // "Hub\u200BToEdge" is the same C# name as "HubToEdge", the group below: it must be caught as such.
        var run = GeneratorHarness.RunLenient(new CatalogFile("/p/x.ports.csv", Csv, Metadata(("ClassName", "Hub\u200BToEdge"))));
        Assert.Equal(["EXP1011 (2,1)"], run.DiagnosticLines);
        Assert.Contains("internal static partial class HubToEdge", run.Source("HubToEdge.g.cs"));
    }

    [Fact]
    public void A_file_name_that_gives_no_valid_class_name_asks_for_ClassName()
    {
        var run = GeneratorHarness.RunLenient(new CatalogFile("/p/2007.ports.csv", Csv));
        Assert.Equal(["EXP1013 (1,1)"], run.DiagnosticLines);
        Assert.Contains("ClassName", run.Result.Diagnostics.Single().GetMessage());
    }

    [Fact]
    public void Two_catalogs_that_generate_the_same_class_are_reported_on_the_second_and_the_first_still_generates()
    {
        var run = GeneratorHarness.RunLenient(
            new CatalogFile("/a/exchange.ports.csv", Csv),
            new CatalogFile("/b/exchange.ports.csv", "group,name,port,transport\nOther,Ldap,389,tcp\n"));
        var diagnostic = Assert.Single(run.Result.Diagnostics);
        Assert.Equal("EXP1012", diagnostic.Id);
        Assert.Equal("/b/exchange.ports.csv", diagnostic.Location.GetLineSpan().Path);
        Assert.Contains("const int Smtp = 25;", run.Source("ExchangePorts.g.cs"));
    }

    [Fact]
    public void The_same_catalog_listed_twice_does_not_crash_the_generator()
    {
        var run = GeneratorHarness.RunLenient(
            new CatalogFile("/a/exchange.ports.csv", Csv),
            new CatalogFile("/a/exchange.ports.csv", Csv));
        Assert.Empty(run.GeneratorDiagnostics.Where(d => d.Id == "CS8785"));
        Assert.Null(run.Result.Results.Single().Exception);
        Assert.Contains("const int Smtp = 25;", run.Source("ExchangePorts.g.cs"));
        Assert.Equal(["EXP1012 (1,1)"], run.DiagnosticLines);
    }
}
