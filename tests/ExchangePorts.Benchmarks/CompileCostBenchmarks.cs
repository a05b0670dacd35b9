using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using ExchangePorts.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

/// <summary>
/// What the generated code costs the compiler: binding and emitting it, against the floor of a
/// hand-written file with the same number of plain <c>const int</c> declarations in the same groups.
/// Parsing is not measured (the trees are parsed once in setup), so doc comments cost only what binding
/// and emitting do with them.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class CompileCostBenchmarks
{
    private SyntaxTree[] _plainConstants = null!;
    private SyntaxTree[] _generatedForBuild = null!;
    private SyntaxTree[] _generatedForDocumentation = null!;

    [Params(1_000, 10_000, 100_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        // `dotnet build` parses doc comments only with GenerateDocumentationFile; the IDE always does.
        _generatedForBuild = Generate(new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.None));
        _generatedForDocumentation = Generate(new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose));

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

        _plainConstants = [CSharpSyntaxTree.ParseText(plain.Append("}\n").ToString(), new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.None))];
    }

    private SyntaxTree[] Generate(CSharpParseOptions parseOptions)
    {
        var driver = CSharpGeneratorDriver.Create(
            [new PortCatalogGenerator().AsSourceGenerator()],
            [new InMemoryAdditionalText("/bench/big.ports.csv", SyntheticCatalog.Csv(Rows))],
            parseOptions);
        var empty = CSharpCompilation.Create("Empty", [], Basic.Reference.Assemblies.Net100.References.All);
        return driver.RunGenerators(empty).GetRunResult().GeneratedTrees.ToArray();
    }

    [Benchmark(Baseline = true, Description = "Floor: the same constants, hand-written")]
    public long PlainConstants() => Compile(_plainConstants);

    [Benchmark(Description = "Generated, as dotnet build compiles it")]
    public long GeneratedForBuild() => Compile(_generatedForBuild);

    [Benchmark(Description = "Generated, doc comments parsed (IDE, GenerateDocumentationFile)")]
    public long GeneratedForDocumentation() => Compile(_generatedForDocumentation);

    private static long Compile(SyntaxTree[] trees)
    {
        var compilation = CSharpCompilation.Create(
            "Cost",
            trees,
            Basic.Reference.Assemblies.Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        return result.Success ? stream.Length : throw new System.InvalidOperationException(string.Join("\n", result.Diagnostics));
    }
}
