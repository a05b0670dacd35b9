using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using ExchangePorts.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

/// <summary>
/// What the generated code costs the compiler: parsing, binding and emitting it, against the floor of a
/// hand-written file with the same number of plain <c>const int</c> declarations in the same groups.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class CompileCostBenchmarks
{
    // `dotnet build` parses doc comments only with GenerateDocumentationFile; the IDE always does.
    private static readonly CSharpParseOptions ForBuild = new(LanguageVersion.Latest, DocumentationMode.None);
    private static readonly CSharpParseOptions ForDocumentation = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    private string[] _plainConstants = null!;
    private string[] _generated = null!;

    [Params(1_000, 10_000, 100_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _generated = Generate(Rows);

        var plain = new StringBuilder("internal static class BigPorts\n{\n");
        for (var group = 0; group * 8 < Rows; group++)
        {
            plain.Append("    public static class Group").Append(group.ToString(CultureInfo.InvariantCulture)).Append("\n    {\n");
            for (var i = group * 8; i < System.Math.Min(Rows, (group + 1) * 8); i++)
            {
                plain.Append("        public const int Entry").Append(i.ToString(CultureInfo.InvariantCulture))
                    .Append(" = ").Append((1 + (i * 7 % 65535)).ToString(CultureInfo.InvariantCulture)).Append(";\n");
            }

            plain.Append("    }\n");
        }

        _plainConstants = [plain.Append("}\n").ToString()];
    }

    /// <summary>The generated sources of a synthetic catalog, as text.</summary>
    public static string[] Generate(int rows)
    {
        var driver = CSharpGeneratorDriver.Create(
            [new PortCatalogGenerator().AsSourceGenerator()],
            [new InMemoryAdditionalText("/bench/big.ports.csv", SyntheticCatalog.Csv(rows))]);
        var empty = CSharpCompilation.Create("Empty", [], Basic.Reference.Assemblies.Net100.References.All);
        return driver.RunGenerators(empty).GetRunResult().GeneratedTrees.Select(tree => tree.ToString()).ToArray();
    }

    [Benchmark(Baseline = true, Description = "Floor: the same constants, hand-written")]
    public long PlainConstants() => Compile(_plainConstants, ForBuild);

    [Benchmark(Description = "Generated, as dotnet build compiles it")]
    public long GeneratedForBuild() => Compile(_generated, ForBuild);

    [Benchmark(Description = "Generated, doc comments parsed (IDE, GenerateDocumentationFile)")]
    public long GeneratedForDocumentation() => Compile(_generated, ForDocumentation);

    public static long Compile(string[] sources, CSharpParseOptions parseOptions)
    {
        var compilation = CSharpCompilation.Create(
            "Cost",
            sources.Select(source => CSharpSyntaxTree.ParseText(source, parseOptions)),
            Basic.Reference.Assemblies.Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        return result.Success ? stream.Length : throw new System.InvalidOperationException(string.Join("\n", result.Diagnostics));
    }
}
