using System.Collections.Generic;
using System.Linq;
using System.Text;
using ExchangePorts.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace ExchangePorts.Generators.Tests.Catalog;

/// <summary>Item metadata, then the JSON catalog itself, then the project-wide property, then the default.</summary>
public class OptionPrecedenceTests
{
    private const string Csv = "group,name,port,transport\nWeb,Https,443,tcp\n";
    private const string Json = """{ "namespace": "FromFile", "entries": [ { "group": "Web", "name": "Https", "port": 443, "transport": "tcp" } ] }""";

    private static readonly Dictionary<string, string> ProjectDefaults = new()
    {
        ["ExchangePortsNamespace"] = "Contoso.Ports",
        ["ExchangePortsVisibility"] = "public",
    };

    [Fact]
    public void Project_properties_set_the_default_namespace_and_visibility()
    {
        var run = GeneratorHarness.RunWithProjectProperties(ProjectDefaults, new CatalogFile("/p/lab.ports.csv", Csv));
        Assert.Empty(run.Result.Diagnostics);
        Assert.Contains("public static partial class LabPorts", run.Source("Contoso.Ports.LabPorts.g.cs"));
    }

    [Fact]
    public void Item_metadata_wins_over_project_properties()
    {
        var run = GeneratorHarness.RunWithProjectProperties(
            ProjectDefaults,
            new CatalogFile("/p/lab.ports.csv", Csv, new Dictionary<string, string> { ["Namespace"] = "Item", ["Visibility"] = "internal" }));
        Assert.Contains("internal static partial class LabPorts", run.Source("Item.LabPorts.g.cs"));
    }

    [Fact]
    public void What_a_JSON_catalog_says_wins_over_project_properties_but_not_over_item_metadata()
    {
        var fromFile = GeneratorHarness.RunWithProjectProperties(ProjectDefaults, new CatalogFile("/p/lab.ports.json", Json));
        Assert.Equal(["FromFile.LabPorts-data.g.cs", "FromFile.LabPorts.g.cs", "PortCatalog.PortCatalogClassAttribute.g.cs", "PortCatalog.PortCatalogData.g.cs", "PortCatalog.SharedTypes.g.cs"], fromFile.HintNames.Order());

        var fromItem = GeneratorHarness.RunWithProjectProperties(
            ProjectDefaults,
            new CatalogFile("/p/lab.ports.json", Json, new Dictionary<string, string> { ["Namespace"] = "Item" }));
        Assert.Equal(["Item.LabPorts-data.g.cs", "Item.LabPorts.g.cs", "PortCatalog.PortCatalogClassAttribute.g.cs", "PortCatalog.PortCatalogData.g.cs", "PortCatalog.SharedTypes.g.cs"], fromItem.HintNames.Order());
    }

    [Theory]
    [InlineData("ExchangePortsNamespace", "Contoso Ports", "ExchangePortsNamespace property")]
    [InlineData("ExchangePortsVisibility", "private", "ExchangePortsVisibility property")]
    [InlineData("ExchangePortsDocumentation", "none", "ExchangePortsDocumentation property")]
    public void An_invalid_project_property_is_reported_on_each_catalog_and_names_the_property(string property, string value, string origin)
    {
        var run = GeneratorHarness.RunWithProjectProperties(
            new Dictionary<string, string> { [property] = value },
            new CatalogFile("/p/a.ports.csv", Csv),
            new CatalogFile("/p/b.ports.csv", Csv));
        Assert.Equal(["EXP1013 (1,1)", "EXP1013 (1,1)"], run.DiagnosticLines);
        Assert.All(run.Result.Diagnostics, d => Assert.StartsWith("The " + origin + " '" + value + "' is not valid", d.GetMessage()));
    }

    [Fact]
    public void A_file_read_with_a_fallback_code_page_is_reported_at_its_first_non_ASCII_character()
    {
        // What the compiler hands over for a file that is not valid UTF-8: text decoded with a legacy code page.
        var latin1 = SourceText.From("group,name,port,transport,description\nWeb,Https,443,tcp,Caf\u00E9 cr\u00E8me\n", Encoding.Latin1);
        var run = RunWithText("/p/legacy.ports.csv", latin1);
        Assert.Equal(["EXP1015 (2,22)"], run.Result.Diagnostics.Select(GeneratorRun.Format));
        Assert.Equal(DiagnosticSeverity.Warning, run.Result.Diagnostics.Single().Severity);
        Assert.Contains("iso-8859-1", run.Result.Diagnostics.Single().GetMessage());
        Assert.Contains("const int Https = 443;", run.Source("LegacyPorts.g.cs"));
    }

    [Fact]
    public void Bytes_the_compiler_replaced_with_U_FFFD_are_reported_at_the_first_one()
    {
        // What the compiler on .NET hands over for a file that is not valid UTF-8.
        var replaced = SourceText.From("group,name,port,transport,description\nWeb,Https,443,tcp,Caf\uFFFD\n", Encoding.UTF8);
        var run = RunWithText("/p/legacy.ports.csv", replaced);
        Assert.Equal(["EXP1015 (2,22)"], run.Result.Diagnostics.Select(GeneratorRun.Format));
        Assert.Contains("U+FFFD", run.Result.Diagnostics.Single().GetMessage());
    }

    [Theory]
    [InlineData(65001)]
    [InlineData(1200)]
    public void Unicode_files_are_not_reported(int codePage)
    {
        var text = SourceText.From("group,name,port,transport,description\nWeb,Https,443,tcp,Caf\u00E9\n", Encoding.GetEncoding(codePage));
        Assert.Empty(RunWithText("/p/modern.ports.csv", text).Result.Diagnostics);
    }

    private static GeneratorRun RunWithText(string path, SourceText text)
    {
        var driver = GeneratorHarness.CreateDriver([new FixedAdditionalText(path, text)], TestOptionsProvider.Empty, trackSteps: false);
        var compilation = GeneratorHarness.CreateCompilation(ReportDiagnostic.Default);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return new GeneratorRun(driver.GetRunResult(), (CSharpCompilation)output, diagnostics);
    }

    private sealed class FixedAdditionalText(string path, SourceText text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(System.Threading.CancellationToken cancellationToken = default) => text;
    }
}
