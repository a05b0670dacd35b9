using System.Collections.Immutable;
using System.IO;
using BenchmarkDotNet.Attributes;
using ExchangePorts.Generators;
using ExchangePorts.Generators.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

/// <summary>
/// The analyzer as an editor runs it: one file, analyzed again after each edit, in a new compilation that
/// holds the same generated catalog (the driver did not regenerate it). The catalog has the Exchange
/// catalog's 17 rows (the baseline) or 6,000. The cost of a bigger catalog is what the analyzer does per
/// compilation with it: before issue 15 it decoded every entry and asked for every constant's symbol.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 15)]
public class AnalyzerCatalogSizeBenchmarks
{
    private const string Code = """
        using System.Net.Sockets;

        class Probe
        {
            static int Connect(string host, int port) => port;

            static void Run()
            {
                Connect("edge01", 25);
                Connect("edge01", 50636);
                var timeout = 25;
                using var client = new TcpClient("hub", 587);
            }
        }
        """;

    private CSharpCompilation _compilation = null!;
    private SyntaxTree _file = null!;
    private int _edit;

    [Params(17, 6_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        _file = CSharpSyntaxTree.ParseText(Code, parseOptions, "/bench/Probe.cs");
        var catalog = Rows == 17
            ? new InMemoryAdditionalText("/bench/exchange.ports.csv", File.ReadAllText(Path.Combine(AnalyzerBenchmarks.RepositoryRoot(), "catalog", "exchange.ports.csv")))
            : new InMemoryAdditionalText("/bench/big.ports.csv", SyntheticCatalog.Csv(Rows));
        CSharpGeneratorDriver.Create([new PortCatalogGenerator().AsSourceGenerator()], [catalog], parseOptions)
            .RunGeneratorsAndUpdateCompilation(
                CSharpCompilation.Create("Editor", [_file], Basic.Reference.Assemblies.Net100.References.All, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)),
                out var compilation,
                out _);
        _compilation = (CSharpCompilation)compilation;
    }

    [Benchmark(Description = "Analyze one file after an edit")]
    public int AnalyzeAfterEdit()
    {
        // An edit: the file changes, the generated catalog stays, and the compilation is new.
        var edited = _file.WithChangedText(_file.GetText().WithChanges(new Microsoft.CodeAnalysis.Text.TextChange(new Microsoft.CodeAnalysis.Text.TextSpan(0, 0), "// " + (_edit++ % 10) + "\n")));
        var compilation = _compilation.ReplaceSyntaxTree(_file, edited);
        var diagnostics = compilation
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new HardcodedPortAnalyzer()))
            .GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(edited), null, default).GetAwaiter().GetResult();
        return diagnostics.Length;
    }
}
