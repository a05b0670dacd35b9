using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using CsCheck;
using ExchangePorts.Generators.Tests.Infrastructure;
using ExchangePorts.Generators.Text;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ExchangePorts.Generators.Tests.Generation;

/// <summary>
/// Random and mutated catalogs, CSV and JSON, through the generator: it never throws, what it generates
/// always compiles, and the generated classes run (<see cref="GeneratedCatalogs"/>) without throwing, so the
/// only errors a user sees are the catalog's own diagnostics. Each sample is a batch of catalogs compiled and
/// run together, which keeps 12,000 catalogs affordable.
/// </summary>
public class GeneratorPropertyTests
{
    private const int CatalogsPerBatch = 25;
    private const int BatchesPerFormat = 240;

    private static readonly string[] Columns = ["group", "name", "port", "transport", "from", "to", "service", "security", "description", "source", "notes"];

    private static readonly string[] Hostile =
    [
        "*/", "</summary>", "<para>", "\"", "\\", "{", "}", "\n", "\r\n", "\u2028", "\u2029", "\u0085", "#error boom", "\\u000A",
        "\uFEFF", "\u202E", "\uD800", "\uDC00", "😀", "\0", "\t", "&amp;", "<![CDATA[", "]]>", "@", "$\"{x}\"", ",", "\"\"",
    ];

    private static readonly Gen<string> Text = Gen.Frequency(
        (3, Gen.OneOf("", "Hub Transport server", "SMTP", "TLS", "No SSL", "https://learn.microsoft.com/x?a=1&b=2")),
        (3, Gen.Char["abcXYZ019 ,;\"'\\/{}<>&#@-_.\r\n\t\u00E9\u2028\uFEFF"].Array[0, 12].Select(chars => new string(chars))),
        (2, Gen.OneOf(Hostile)));

    private static readonly Gen<string> Name = Gen.Frequency(
        (5, Gen.OneOf("Smtp", "HubToEdge", "hub-to-edge", "ldap gc", "class", "Class", "All", "Find", "TryGet", "__data",
            "3268", "_x", "Ünïcödé", "a\u200Bb", "@", "", "C0Ports", "PortCatalog", "System", "global", "nameof", "x y z",
            new string('n', 499), new string('n', 501), "É" + new string('x', 600), new string('n', 1100))),
        (2, Text));

    private static readonly Gen<string> Port = Gen.Frequency(
        (6, Gen.Int[-2, 70_000].Select(port => port.ToString(CultureInfo.InvariantCulture))),
        (1, Gen.OneOf("25", "0", "65535", "65536", "025", "2.5", "1e2", "")),
        (1, Text));

    private static readonly Gen<string> Transport = Gen.OneOf("tcp", "udp", "tcp/udp", "UDP/TCP", " Tcp ", "sctp", "", "tcp,udp");

    private static readonly Gen<string[]> Entry =
        Gen.Select(Name, Name, Port, Transport, Text.Array[7], (group, name, port, transport, rest) =>
            new[] { group, name, port, transport }.Concat(rest).ToArray());

    /// <summary>Edits applied to the written text: where (as a fraction), what (insert, delete, duplicate), which character.</summary>
    private static readonly Gen<(double At, int Kind, char Character)[]> Mutations =
        Gen.Select(Gen.Double[0, 1], Gen.Int[0, 2], Gen.Char[",\"\n\r{}[]:\\ a0\u00E9"]).Array[0, 3];

    private static readonly Gen<string> CsvCatalog =
        Gen.Select(Entry.Array[0, 6], Gen.Shuffle(Columns), Gen.Int[0, 2], Gen.Bool, Gen.Bool, Mutations,
            (entries, columns, dropped, crlf, bom, mutations) =>
                Mutate(WriteCsv(entries, columns.Take(Columns.Length - dropped).ToArray(), crlf ? "\r\n" : "\n", bom), mutations));

    private static readonly Gen<string> JsonCatalog =
        Gen.Select(Entry.Array[0, 6], Gen.Int[0, 2], Gen.Bool, Name, Mutations,
            (entries, shape, portsAsStrings, className, mutations) =>
                Mutate(WriteJson(entries, shape, portsAsStrings, className), mutations));

    [Fact]
    public void Random_and_mutated_CSV_catalogs_never_crash_and_always_compile()
    {
        CsvCatalog.Array[CatalogsPerBatch].Sample(batch => AssertBatch(batch, "csv"), iter: BatchesPerFormat);
    }

    [Fact]
    public void Random_and_mutated_JSON_catalogs_never_crash_and_always_compile()
    {
        JsonCatalog.Array[CatalogsPerBatch].Sample(batch => AssertBatch(batch, "json"), iter: BatchesPerFormat);
    }

    [Fact]
    public void The_generators_produce_valid_catalogs_too_so_the_property_exercises_emission()
    {
        // A property over inputs that are all rejected would prove little about the emitted code.
        var generated = 0;
        CsvCatalog.Array[CatalogsPerBatch].Sample(
            batch => { generated += GeneratorHarness.RunLenient(Files(batch, "csv")).HintNames.Count; },
            iter: 4,
            threads: 1);
        Assert.True(generated > 10, "only " + generated + " generated files");
    }

    private static void AssertBatch(string[] catalogs, string extension)
    {
        var run = GeneratorHarness.RunLenient(Files(catalogs, extension));
        Assert.Null(run.Result.Results.Single().Exception);
        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "CS8785");
        Assert.DoesNotContain(run.Result.Diagnostics, d => d.Id == "EXP1000");
        var errors = run.OutputCompilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        GeneratedCatalogs.Exercise(run.OutputCompilation);
    }

    private static CatalogFile[] Files(string[] catalogs, string extension) =>
        catalogs.Select((text, i) => new CatalogFile($"/p/c{i}.ports.{extension}", text)).ToArray();

    private static string WriteCsv(string[][] entries, string[] columns, string newline, bool bom)
    {
        var text = new StringBuilder(bom ? "\uFEFF" : string.Empty);
        text.Append(string.Join(",", columns.Select((c, i) => i % 2 == 0 ? c : c.ToUpperInvariant()))).Append(newline);
        foreach (var entry in entries)
        {
            text.Append(string.Join(",", columns.Select(c => CsvField(entry[Array.IndexOf(Columns, c)])))).Append(newline);
        }

        return text.ToString();
    }

    private static string CsvField(string value) =>
        value.IndexOfAny([',', '"', '\r', '\n']) >= 0 || value.Trim() != value
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;

    private static string WriteJson(string[][] entries, int shape, bool portsAsStrings, string className)
    {
        var items = entries.Select(entry => "{ " + string.Join(", ", Columns.Select((column, i) =>
            JsonString(column) + ": " + (column == "port" && !portsAsStrings && int.TryParse(entry[i], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _)
                ? entry[i]
                : JsonString(entry[i])))) + " }");
        var array = "[\n  " + string.Join(",\n  ", items) + "\n]";
        return shape switch
        {
            0 => array,
            1 => "{ \"entries\": " + array + " }",
            _ => "{ \"className\": " + JsonString(className) + ", \"namespace\": \"Fuzz\", \"entries\": " + array + " }",
        };
    }

    private static string JsonString(string value)
    {
        var text = new StringBuilder("\"");
        foreach (var c in value)
        {
            text.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                < ' ' or '\u2028' or (>= '\uD800' and <= '\uDFFF') => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return text.Append('"').ToString();
    }

    private static string Mutate(string text, (double At, int Kind, char Character)[] mutations)
    {
        var result = new StringBuilder(text);
        foreach (var (at, kind, character) in mutations)
        {
            var position = (int)(at * result.Length);
            switch (kind)
            {
                case 0: result.Insert(position, character); break;
                case 1 when position < result.Length: result.Remove(position, 1); break;
                default: result.Insert(position, result.ToString(position, Math.Min(8, result.Length - position))); break;
            }
        }

        return result.ToString();
    }
}
