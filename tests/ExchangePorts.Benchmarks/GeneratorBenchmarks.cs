using System.Linq;
using System.Text;
using System.Threading;
using BenchmarkDotNet.Attributes;
using ExchangePorts.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

/// <summary>
/// The generator through CSharpGeneratorDriver, as the compiler and the IDE run it, beside the floors
/// for the same bytes: splitting the catalog text (parse floor) and writing as much text as it emits
/// (emit floor).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 8)]
public class GeneratorBenchmarks
{
    private CSharpCompilation _compilation = null!;
    private CSharpCompilation _editedCompilation = null!;
    private GeneratorDriver _warm = null!;
    private AdditionalText _catalog = null!;
    private AdditionalText _catalogEdited = null!;
    private AdditionalText _catalogWhitespace = null!;
    private AdditionalText _other = null!;
    private AdditionalText _otherEdited = null!;
    private string _catalogText = null!;
    private int _emittedLength;

    [Params(1_000, 10_000, 100_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _catalogText = SyntheticCatalog.Csv(Rows);
        _catalog = new InMemoryAdditionalText("/bench/big.ports.csv", _catalogText);
        _catalogEdited = new InMemoryAdditionalText("/bench/big.ports.csv", _catalogText.Replace("Entry7,", "Entry7b,", System.StringComparison.Ordinal));
        _catalogWhitespace = new InMemoryAdditionalText("/bench/big.ports.csv", _catalogText + "\n\n   \n");
        _other = new InMemoryAdditionalText("/bench/other.ports.csv", SyntheticCatalog.Csv(10));
        _otherEdited = new InMemoryAdditionalText("/bench/other.ports.csv", SyntheticCatalog.Csv(10, salt: "x"));

        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        _compilation = CSharpCompilation.Create(
            "Bench",
            [CSharpSyntaxTree.ParseText("class A { }", parseOptions)],
            Basic.Reference.Assemblies.Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        _editedCompilation = _compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class B { }", parseOptions));
        _warm = NewDriver().RunGenerators(_compilation);
        _emittedLength = _warm.GetRunResult().GeneratedTrees.Sum(t => t.Length);
    }

    [Benchmark(Baseline = true, Description = "Parse floor: split lines and fields")]
    public int ParseFloor()
    {
        var fields = 0;
        foreach (var line in _catalogText.Split('\n'))
        {
            fields += line.Split(',').Length;
        }

        return fields;
    }

    [Benchmark(Description = "Emit floor: write as much text")]
    public int EmitFloor()
    {
        var text = new StringBuilder();
        while (text.Length < _emittedLength)
        {
            text.Append("        public const int Entry = 12345; // floor line of typical length\n");
        }

        return SourceText.From(text.ToString(), Encoding.UTF8).Length;
    }

    [Benchmark(Description = "Cold: new driver (every command-line build)")]
    public GeneratorDriver Cold() => NewDriver().RunGenerators(_compilation);

    [Benchmark(Description = "Warm, nothing changed")]
    public GeneratorDriver WarmNoChange() => _warm.RunGenerators(_compilation);

    [Benchmark(Description = "Unrelated .cs edit")]
    public GeneratorDriver UnrelatedEdit() => _warm.RunGenerators(_editedCompilation);

    [Benchmark(Description = "Edit of the catalog")]
    public GeneratorDriver CatalogEdit() => _warm.ReplaceAdditionalText(_catalog, _catalogEdited).RunGenerators(_compilation);

    [Benchmark(Description = "Edit of another catalog")]
    public GeneratorDriver OtherCatalogEdit() => _warm.ReplaceAdditionalText(_other, _otherEdited).RunGenerators(_compilation);

    [Benchmark(Description = "Whitespace-only edit of the catalog")]
    public GeneratorDriver WhitespaceEdit() => _warm.ReplaceAdditionalText(_catalog, _catalogWhitespace).RunGenerators(_compilation);

    private GeneratorDriver NewDriver() =>
        CSharpGeneratorDriver.Create(
            [new PortCatalogGenerator().AsSourceGenerator()],
            [_catalog, _other],
            new CSharpParseOptions(LanguageVersion.Latest));
}
