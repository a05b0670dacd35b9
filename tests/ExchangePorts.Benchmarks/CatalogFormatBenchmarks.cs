using BenchmarkDotNet.Attributes;
using ExchangePorts.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

/// <summary>
/// The same entries as CSV and as JSON (<c>SyntheticCatalog</c>): a cold run, as every command-line build
/// makes, and a whitespace-only edit of a warm driver, as the IDE makes. CSV cold is the baseline.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 10)]
public class CatalogFormatBenchmarks
{
    private CSharpCompilation _compilation = null!;
    private AdditionalText _csv = null!;
    private AdditionalText _csvWhitespace = null!;
    private AdditionalText _json = null!;
    private AdditionalText _jsonWhitespace = null!;
    private GeneratorDriver _warmCsv = null!;
    private GeneratorDriver _warmJson = null!;

    [Params(10_000, 15_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var csv = SyntheticCatalog.Csv(Rows);
        var json = SyntheticCatalog.Json(Rows);
        _csv = new InMemoryAdditionalText("/bench/big.ports.csv", csv);
        _csvWhitespace = new InMemoryAdditionalText("/bench/big.ports.csv", csv + "\n\n   \n");
        _json = new InMemoryAdditionalText("/bench/big.ports.json", json);
        _jsonWhitespace = new InMemoryAdditionalText("/bench/big.ports.json", json.Replace("\n  {", "\n    {", System.StringComparison.Ordinal));
        _compilation = CSharpCompilation.Create(
            "Bench",
            [CSharpSyntaxTree.ParseText("class A { }")],
            Basic.Reference.Assemblies.Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        _warmCsv = Driver(_csv).RunGenerators(_compilation);
        _warmJson = Driver(_json).RunGenerators(_compilation);
    }

    [Benchmark(Baseline = true, Description = "CSV, cold")]
    public GeneratorDriver CsvCold() => Driver(_csv).RunGenerators(_compilation);

    [Benchmark(Description = "JSON, cold")]
    public GeneratorDriver JsonCold() => Driver(_json).RunGenerators(_compilation);

    [Benchmark(Description = "CSV, whitespace-only edit")]
    public GeneratorDriver CsvWhitespaceEdit() => _warmCsv.ReplaceAdditionalText(_csv, _csvWhitespace).RunGenerators(_compilation);

    [Benchmark(Description = "JSON, whitespace-only edit")]
    public GeneratorDriver JsonWhitespaceEdit() => _warmJson.ReplaceAdditionalText(_json, _jsonWhitespace).RunGenerators(_compilation);

    private static GeneratorDriver Driver(AdditionalText catalog) =>
        CSharpGeneratorDriver.Create(
            [new PortCatalogGenerator().AsSourceGenerator()],
            [catalog],
            new CSharpParseOptions(LanguageVersion.Latest));
}
