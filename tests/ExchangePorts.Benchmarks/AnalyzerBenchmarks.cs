using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using BenchmarkDotNet.Attributes;
using ExchangePorts.Generators;
using ExchangePorts.Generators.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

/// <summary>
/// The hardcoded-port analyzer on 1,000 files with 50,000 integer literals (5% of them ports in port
/// positions), beside the in-box CA1507 (nameof instead of a string: a literal-to-symbol rule of the same
/// kind) and beside the compile itself. Each invocation starts from a new compilation (nothing bound), as
/// a build does. Wall time includes the binding an analyzer makes the driver do; the analyzers' own time,
/// from <c>CompilationWithAnalyzers</c> telemetry, is written to
/// <c>BenchmarkDotNet.Artifacts/analyzer-telemetry.md</c> (analyzer, run, ports | diagnostics | runs | mean | median |
/// minimum | garbage collector pauses per analysis).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class AnalyzerBenchmarks
{
    private const int Files = 1_000;
    private const int LiteralsPerFile = 50;

    // Per analyzer and run: its telemetry time, and the garbage collector's pauses during the whole analysis.
    private static readonly Dictionary<string, List<(double AnalyzerMs, double GcPauseMs)>> Telemetry = [];

    private CSharpCompilation _compilation = null!;
    private DiagnosticAnalyzer _ca1507 = null!;

    // 0: no literal is a port, so this is the cost of looking at literals; 5: as the issue asks.
    [Params(0, 5)]
    public int PortsInHundred { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = SyntheticCodeBase.Files(Files, LiteralsPerFile, PortsInHundred)
            .Select((text, i) => CSharpSyntaxTree.ParseText(text, parseOptions, "/bench/Service" + i.ToString(CultureInfo.InvariantCulture) + ".cs"))
            .ToList();
        var withoutCatalog = CSharpCompilation.Create(
            "Synthetic",
            trees,
            Basic.Reference.Assemblies.Net100.References.All,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                specificDiagnosticOptions: new Dictionary<string, ReportDiagnostic> { ["CA1507"] = ReportDiagnostic.Warn }));

        // The Exchange catalog, generated into the compilation as in a real project.
        var catalog = File.ReadAllText(Path.Combine(RepositoryRoot(), "catalog", "exchange.ports.csv"));
        CSharpGeneratorDriver.Create(
                [new PortCatalogGenerator().AsSourceGenerator()],
                [new InMemoryAdditionalText("/bench/exchange.ports.csv", catalog)],
                parseOptions)
            .RunGeneratorsAndUpdateCompilation(withoutCatalog, out var compilation, out _);
        _compilation = (CSharpCompilation)compilation;
        _ca1507 = LoadCa1507();
    }

    [Benchmark(Baseline = true, Description = "Compile (bind and emit), no analyzer")]
    public long Compile()
    {
        using var stream = new MemoryStream();
        var result = _compilation.Clone().Emit(stream);
        return result.Success ? stream.Length : throw new InvalidOperationException(string.Join("\n", result.Diagnostics.Take(5)));
    }

    [Benchmark(Description = "Floor: an analyzer that does nothing on the same literals")]
    public int Floor() => Analyze("alone", new EmptyLiteralAnalyzer());

    [Benchmark(Description = "Hardcoded-port analyzer (EXP2001/EXP2002)")]
    public int HardcodedPortAnalyzer() => Analyze("alone", new HardcodedPortAnalyzer());

    [Benchmark(Description = "CA1507 (in-box, from the SDK)")]
    public int Ca1507() => Analyze("alone", _ca1507);

    // As in a build with both: method bodies are bound once for whichever analyzer asks first.
    [Benchmark(Description = "Both analyzers in one run")]
    public int Both() => Analyze("together", new HardcodedPortAnalyzer(), _ca1507);

    [GlobalCleanup]
    public void WriteTelemetry()
    {
        var path = Path.Combine(RepositoryRoot(), "BenchmarkDotNet.Artifacts", "analyzer-telemetry.md");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        foreach (var (name, runs) in Telemetry)
        {
            // Telemetry is wall-clock time in the analyzer's callbacks, so a collection that happens to start
            // there is charged to it: the median says more than the mean, and the pauses say how much moved.
            var times = runs.Select(r => r.AnalyzerMs).Order().ToArray();
            File.AppendAllText(path, FormattableString.Invariant(
                $"| {name} | {runs.Count} | {times.Average():F1} ms | {times[times.Length / 2]:F1} ms | {times[0]:F1} ms | {runs.Average(r => r.GcPauseMs):F1} ms |\n"));
        }

        Telemetry.Clear();
    }

    private int Analyze(string run, params DiagnosticAnalyzer[] analyzers)
    {
        // The compiler builds the declarations (types, members, assembly attributes) once for everyone; without
        // this, whichever analyzer first reads an attribute would be charged for the whole code base's.
        var compilation = _compilation.Clone();
        compilation.GetDeclarationDiagnostics();
        var pausesBefore = GC.GetTotalPauseDuration();
        var withAnalyzers = compilation.WithAnalyzers(
            [.. analyzers],
            new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
                onAnalyzerException: null,
                concurrentAnalysis: false,
                logAnalyzerExecutionTime: true));
        var diagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
        var pauses = (GC.GetTotalPauseDuration() - pausesBefore).TotalMilliseconds;
        foreach (var analyzer in analyzers)
        {
            var time = withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).GetAwaiter().GetResult().ExecutionTime;
            var ids = analyzer.SupportedDiagnostics.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
            var name = FormattableString.Invariant(
                $"{analyzer.GetType().Name}, {run}, {PortsInHundred}% ports | {diagnostics.Count(d => ids.Contains(d.Id))}");
            if (!Telemetry.TryGetValue(name, out var runs))
            {
                Telemetry.Add(name, runs = []);
            }

            runs.Add((time.TotalMilliseconds, pauses));
        }

        return diagnostics.Length;
    }

    /// <summary>CA1507 as the SDK running this benchmark ships it, so it is the one every build runs.</summary>
    private static DiagnosticAnalyzer LoadCa1507()
    {
        var sdk = Path.GetDirectoryName(typeof(object).Assembly.Location)!; // .../shared/Microsoft.NETCore.App/10.0.x
        var dotnetRoot = Path.GetFullPath(Path.Combine(sdk, "..", "..", ".."));
        var path = Directory.GetFiles(Path.Combine(dotnetRoot, "sdk"), "Microsoft.CodeAnalysis.CSharp.NetAnalyzers.dll", SearchOption.AllDirectories)
            .Where(p => p.Contains(Path.Combine("Sdks", "Microsoft.NET.Sdk", "analyzers"), StringComparison.Ordinal))
            .OrderByDescending(p => p, StringComparer.Ordinal)
            .First();
        Type?[] types;
        try
        {
            types = Assembly.LoadFrom(path).GetTypes();
        }
        catch (ReflectionTypeLoadException exception)
        {
            // Code fixes need Workspaces, which this host does not load; the analyzers do not.
            types = exception.Types;
        }

        var analyzer = types.OfType<Type>()
            .Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && !t.IsAbstract && t.GetConstructor(Type.EmptyTypes) is not null)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .Single(a => a.SupportedDiagnostics.Any(d => d.Id == "CA1507"));
        return analyzer;
    }

    internal static string RepositoryRoot()
    {
        var directory = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(directory, "ExchangePorts.sln")))
        {
            directory = Path.GetDirectoryName(directory) ?? throw new InvalidOperationException("Run the benchmarks from the repository.");
        }

        return directory;
    }

    /// <summary>What the driver charges any analyzer of every numeric and string literal, before it does anything.</summary>
    // RS1036/RS1041 are about analyzers a compiler loads; this one only ever runs in this process, created
    // by the benchmark, and a separate netstandard2.0 project for ten lines would hide it from the reader.
#pragma warning disable RS1036, RS1041
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class EmptyLiteralAnalyzer : DiagnosticAnalyzer
#pragma warning restore RS1036, RS1041
    {
        // It reports nothing; the driver only needs a supported, enabled rule to run it.
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = new HardcodedPortAnalyzer().SupportedDiagnostics;

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterSyntaxNodeAction(static _ => { }, SyntaxKind.NumericLiteralExpression, SyntaxKind.StringLiteralExpression);
        }
    }
}
