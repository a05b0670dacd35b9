using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ExchangePorts.Generators.Tests.Infrastructure;
using Microsoft.VisualBasic.FileIO;
using Xunit;

namespace ExchangePorts.Generators.Tests.Catalog;

/// <summary>JSON catalogs: the same rules, diagnostics at the JSON token, and the same code as CSV.</summary>
public class JsonCatalogTests
{
    private const string Path = "/project/test.ports.json";

    private static GeneratorRun Generate(string json, IReadOnlyDictionary<string, string>? metadata = null) =>
        GeneratorHarness.RunLenient(new CatalogFile(Path, json, metadata));

    private static void AssertDiagnostics(string json, params string[] expected) =>
        Assert.Equal(expected, Generate(json).DiagnosticLines);

    [Fact]
    public void An_array_of_entries_generates()
    {
        var run = Generate("""[ { "group": "HubToEdge", "name": "Smtp", "port": 25, "transport": "tcp", "security": "SSL" } ]""");
        Assert.Empty(run.Result.Diagnostics);
        Assert.Contains("public const int Smtp = 25;", run.Source("TestPorts.g.cs"));
    }

    [Fact]
    public void A_catalog_object_carries_class_name_namespace_and_visibility()
    {
        var run = Generate("""
            {
              "$schema": "./catalog.schema.json",
              "className": "LabPorts",
              "namespace": "Contoso.Lab",
              "visibility": "public",
              "entries": [ { "Group": "web", "NAME": "https", "port": 443, "transport": "TCP", "notes": null } ]
            }
            """);
        Assert.Empty(run.Result.Diagnostics);
        var source = run.Source("Contoso.Lab.LabPorts.g.cs");
        Assert.Contains("public static partial class LabPorts", source);
        Assert.Contains("public const int Https = 443;", source);
    }

    [Fact]
    public void Item_metadata_wins_over_what_the_catalog_says()
    {
        var run = Generate(
            """{ "className": "LabPorts", "namespace": "Contoso.Lab", "entries": [ { "group": "Web", "name": "Https", "port": 443, "transport": "tcp" } ] }""",
            new Dictionary<string, string> { ["ClassName"] = "OverridePorts" });
        Assert.Equal(["Contoso.Lab.OverridePorts-data.g.cs", "Contoso.Lab.OverridePorts.g.cs", "PortCatalog.PortCatalogClassAttribute.g.cs", "PortCatalog.PortCatalogData.g.cs", "PortCatalog.SharedTypes.g.cs"], run.HintNames.Order());
    }

    [Fact]
    public void A_syntax_error_is_reported_at_its_position_and_complete_entries_before_it_still_generate()
    {
        var run = Generate("""
            { "entries": [
              { "group": "Web", "name": "Https", "port": 443, "transport": "tcp" },
              { "group": "Web", "name": "Http", "port": 80, "transport": "tcp", }
            ] }
            """);
        Assert.Equal(["EXP1016 (3,69)"], run.DiagnosticLines);
        var source = run.Source("TestPorts.g.cs");
        Assert.Contains("const int Https = 443;", source);
        Assert.DoesNotContain("const int Http ", source);
    }

    [Theory]
    [InlineData("""[ { "group": "Web", "name": "Https", "port": true, "transport": "tcp" } ]""", "EXP1017 (1,46)", "'port' must be a number, or a string for a range such as \"1024-65535\", not a boolean")]
    [InlineData("""[ { "group": "Web", "name": 7, "port": 443, "transport": "tcp" } ]""", "EXP1017 (1,29)", "'name' must be a string, not a number")]
    [InlineData("""[ { "group": "Web", "name": "Https", "port": 443, "transport": null } ]""", "EXP1017 (1,64)", "'transport' must be a string, not null")]
    [InlineData("""[ { "group": "Web", "name": "Https", "port": 443, "transport": "tcp", "notes": ["x"] } ]""", "EXP1017 (1,80)", "'notes' must be a string, not an array")]
    [InlineData("""[ 42 ]""", "EXP1017 (1,3)", "An entry must be an object, not a number")]
    [InlineData("""{ "entries": { } }""", "EXP1017 (1,14)", "'entries' must be an array, not an object")]
    [InlineData("""{ "className": 5, "entries": [] }""", "EXP1017 (1,16)", "'className' must be a string, not a number")]
    [InlineData("\"just text\"", "EXP1017 (1,1)", "The catalog must be an object with an 'entries' array, or an array of entries, not a string")]
    public void A_value_of_the_wrong_type_is_reported_at_its_token(string json, string expected, string message)
    {
        var run = Generate(json);
        Assert.Contains(expected, run.DiagnosticLines);
        Assert.Contains(run.Result.Diagnostics, d => d.GetMessage() == message);
    }

    [Fact]
    public void A_missing_required_property_is_reported_at_the_entry()
    {
        AssertDiagnostics("""[ { "group": "Web", "name": "Https", "transport": "tcp" } ]""", "EXP1001 (1,3)");
    }

    [Fact]
    public void Unknown_properties_are_warnings_at_their_names()
    {
        AssertDiagnostics(
            """{ "entrys": [], "entries": [ { "group": "Web", "name": "Https", "prot": 443, "port": 443, "transport": "tcp" } ] }""",
            "EXP1002 (1,3)",
            "EXP1002 (1,65)");
    }

    [Fact]
    public void A_repeated_property_is_reported_and_its_entry_skipped()
    {
        var run = Generate("""[ { "group": "Web", "name": "Https", "port": 443, "Port": 8443, "transport": "tcp" } ]""");
        Assert.Equal(["EXP1014 (1,51)"], run.DiagnosticLines);
        Assert.DoesNotContain("const int", run.Source("TestPorts.g.cs"));
    }

    [Theory]
    [InlineData("[]", "EXP1003 (1,1)")]
    [InlineData("{ \"entries\": [] }", "EXP1003 (1,14)")]
    [InlineData("{ \"className\": \"X\" }", "EXP1003 (1,1)")]
    public void An_empty_catalog_is_a_warning(string json, string expected)
    {
        AssertDiagnostics(json, expected);
    }

    [Theory]
    [InlineData("""[ { "group": "Web", "name": "Https", "port": 0, "transport": "tcp" } ]""", "EXP1007 (1,46)")]
    [InlineData("""[ { "group": "Web", "name": "Https", "port": 443.0, "transport": "tcp" } ]""", "EXP1007 (1,46)")]
    [InlineData("""[ { "group": "Web", "name": "Https", "port": 4.43e2, "transport": "tcp" } ]""", "EXP1007 (1,46)")]
    [InlineData("""[ { "group": "Web", "name": "Https", "port": 443, "transport": "quic" } ]""", "EXP1008 (1,64)")]
    [InlineData("""[ { "group": "Web", "name": "---", "port": 443, "transport": "tcp" } ]""", "EXP1009 (1,29)")]
    [InlineData("""{ "className": "class", "entries": [ { "group": "Web", "name": "Https", "port": 443, "transport": "tcp" } ] }""", "EXP1013 (1,16)")]
    public void The_value_rules_are_the_same_as_for_CSV_and_point_at_the_JSON_token(string json, string expected)
    {
        AssertDiagnostics(json, expected);
    }

    [Fact]
    public void The_exchange_catalog_as_JSON_generates_byte_identical_code()
    {
        var csv = RepositoryPaths.ExchangeCatalogFile().Text!;
        var json = CsvToJson(csv);
        var fromCsv = GeneratorHarness.Run(new CatalogFile("/a/exchange.ports.csv", csv));
        var fromJson = GeneratorHarness.Run(new CatalogFile("/b/exchange.ports.json", json));
        Assert.Empty(fromJson.Result.Diagnostics);
        Assert.Equal(fromCsv.Source("ExchangePorts.g.cs"), fromJson.Source("ExchangePorts.g.cs"));
        Assert.Equal(fromCsv.Source("PortCatalog.SharedTypes.g.cs"), fromJson.Source("PortCatalog.SharedTypes.g.cs"));
    }

    /// <summary>Converts a CSV catalog with parsers that are not this project's, so the comparison above is fair.</summary>
    private static string CsvToJson(string csv)
    {
        using var parser = new TextFieldParser(new StringReader(csv)) { HasFieldsEnclosedInQuotes = true, TrimWhiteSpace = false };
        parser.SetDelimiters(",");
        var header = parser.ReadFields()!;
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("entries");
            while (!parser.EndOfData)
            {
                var fields = parser.ReadFields()!;
                writer.WriteStartObject();
                for (var i = 0; i < header.Length; i++)
                {
                    if (header[i] == "port")
                    {
                        writer.WriteNumber(header[i], int.Parse(fields[i], System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        writer.WriteString(header[i], fields[i]);
                    }
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
