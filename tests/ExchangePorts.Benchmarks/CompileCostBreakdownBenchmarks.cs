using System.Linq;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

/// <summary>
/// Which part of the generated code costs what, at 10,000 rows as <c>dotnet build</c> compiles it: the
/// generated source with one part cut out at a time (the cut code does not run; it only has to compile).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class CompileCostBreakdownBenchmarks
{
    private const int Rows = 10_000;
    private static readonly CSharpParseOptions ForBuild = new(LanguageVersion.Latest, DocumentationMode.None);

    private string[] _generated = null!;
    private string[] _withoutGroupLists = null!;
    private string[] _withoutData = null!;
    private string[] _withoutDocComments = null!;

    [GlobalSetup]
    public void Setup()
    {
        _generated = CompileCostBenchmarks.Generate(Rows);
        _withoutGroupLists = Cut(@"^ *public static global::System\.Collections\.Generic\.IReadOnlyList<global::PortCatalog\.PortDefinition> All => global::BigPorts\.__data\.Group\(\d+\);\n");
        _withoutData = Cut(@"(?<=PortCatalogClassAttribute\(typeof\(global::BigPorts\), )"".*""(?=\)\])", "\"\"");
        _withoutDocComments = Cut(@"^ *///.*\n");
    }

    private string[] Cut(string pattern, string replacement = "")
    {
        var cut = _generated.Select(source => Regex.Replace(source, pattern, replacement, RegexOptions.Multiline)).ToArray();
        return cut.SequenceEqual(_generated) ? throw new System.InvalidOperationException("Nothing matched " + pattern) : cut;
    }

    [Benchmark(Baseline = true, Description = "The generated catalog, 10,000 rows")]
    public long Generated() => CompileCostBenchmarks.Compile(_generated, ForBuild);

    [Benchmark(Description = "without the groups' All properties")]
    public long WithoutGroupLists() => CompileCostBenchmarks.Compile(_withoutGroupLists, ForBuild);

    [Benchmark(Description = "without the data (the attribute's string)")]
    public long WithoutData() => CompileCostBenchmarks.Compile(_withoutData, ForBuild);

    [Benchmark(Description = "without the doc comments")]
    public long WithoutDocComments() => CompileCostBenchmarks.Compile(_withoutDocComments, ForBuild);
}
