using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using ExchangePorts.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

/// <summary>
/// What the generated code costs the compiler: binding and emitting it, against the floor of a
/// hand-written file with the same number of plain <c>const int</c> declarations in the same groups.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class CompileCostBenchmarks
{
    private SyntaxTree[] _generated = null!;
    private SyntaxTree[] _plainConstants = null!;
    private SyntaxTree[] _withoutAttributes = null!;
    private SyntaxTree[] _withoutDocComments = null!;
    private SyntaxTree[] _withoutGroupLists = null!;

    [Params(1_000, 10_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var driver = CSharpGeneratorDriver.Create(
            [new PortCatalogGenerator().AsSourceGenerator()],
            [new InMemoryAdditionalText("/bench/big.ports.csv", SyntheticCatalog.Csv(Rows))],
            parseOptions);
        var empty = CSharpCompilation.Create("Empty", [], Basic.Reference.Assemblies.Net100.References.All);
        _generated = driver.RunGenerators(empty).GetRunResult().GeneratedTrees.ToArray();

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

        _plainConstants = [CSharpSyntaxTree.ParseText(plain.Append("}\n").ToString(), parseOptions)];

        // The same generated code with one part removed, to see which part costs what.
        _withoutAttributes = Without(@"^\s*\[global::PortCatalog\.PortDescriptionAttribute\(.*\)\]\n", parseOptions);
        _withoutDocComments = Without(@"^\s*///.*\n", parseOptions);
        _withoutGroupLists = Without(@"^\s*public static global::System\.Collections\.Generic\.IReadOnlyList<global::PortCatalog\.PortDefinition> All \{ get; \} = global::System\.Array\.AsReadOnly\(new global::PortCatalog\.PortDefinition\[\] \{ global::BigPorts.*\n", parseOptions);
    }

    private SyntaxTree[] Without(string pattern, CSharpParseOptions parseOptions) =>
        _generated
            .Select(tree => CSharpSyntaxTree.ParseText(
                System.Text.RegularExpressions.Regex.Replace(tree.ToString(), pattern, string.Empty, System.Text.RegularExpressions.RegexOptions.Multiline),
                parseOptions))
            .ToArray();

    [Benchmark(Baseline = true, Description = "Floor: the same constants, hand-written")]
    public long PlainConstants() => Compile(_plainConstants);

    [Benchmark(Description = "The generated catalog")]
    public long Generated() => Compile(_generated);

    [Benchmark(Description = "Generated, without the description attributes")]
    public long GeneratedWithoutAttributes() => Compile(_withoutAttributes);

    [Benchmark(Description = "Generated, without the doc comments")]
    public long GeneratedWithoutDocComments() => Compile(_withoutDocComments);

    [Benchmark(Description = "Generated, without the groups' All lists")]
    public long GeneratedWithoutGroupLists() => Compile(_withoutGroupLists);

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
