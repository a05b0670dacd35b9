using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Basic.Reference.Assemblies;
using ExchangePorts.Generators.Data;
using ExchangePorts.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace ExchangePorts.Generators.Tests.Infrastructure;

/// <summary>A catalog file as a test writes it: path, text and item metadata.</summary>
internal sealed record CatalogFile(string Path, string? Text, IReadOnlyDictionary<string, string>? Metadata = null);

/// <summary>Runs the generator the way the compiler does, on in-memory catalogs and code.</summary>
internal static class GeneratorHarness
{
    /// <summary>Parse options as a consumer with <c>GenerateDocumentationFile</c> has them: doc comments are checked.</summary>
    public static readonly CSharpParseOptions ParseOptions =
        new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    /// <summary>A compilation as a strict consumer has it: nullable on, doc comments checked, warnings as errors.</summary>
    public static CSharpCompilation CreateCompilation(params string[] sources) => CreateCompilation(ReportDiagnostic.Error, sources);

    public static CSharpCompilation CreateCompilation(ReportDiagnostic warnings, params string[] sources) =>
        CSharpCompilation.Create(
            "Consumer",
            sources.Select(source => CSharpSyntaxTree.ParseText(source, ParseOptions)),
            Net100.References.All,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                generalDiagnosticOption: warnings,
                deterministic: true));

    public static GeneratorDriver CreateDriver(IEnumerable<CatalogFile> catalogs, IReadOnlyDictionary<string, string>? projectProperties = null, CSharpParseOptions? parseOptions = null, bool trackSteps = false) =>
        CreateDriver(
            Texts(catalogs),
            OptionsFor(catalogs, projectProperties),
            trackSteps,
            parseOptions);

    public static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> texts, AnalyzerConfigOptionsProvider options, bool trackSteps, CSharpParseOptions? parseOptions = null) =>
        CreateDriver(new PortCatalogGenerator(), texts, options, trackSteps, parseOptions);

    public static GeneratorDriver CreateDriver(IIncrementalGenerator generator, IEnumerable<AdditionalText> texts, AnalyzerConfigOptionsProvider options, bool trackSteps, CSharpParseOptions? parseOptions = null) =>
        CSharpGeneratorDriver.Create(
            [generator.AsSourceGenerator()],
            texts,
            parseOptions ?? ParseOptions,
            options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    public static TestOptionsProvider OptionsFor(IEnumerable<CatalogFile> catalogs, IReadOnlyDictionary<string, string>? projectProperties = null) =>
        new(
            catalogs.Where(c => c.Metadata is not null).GroupBy(c => c.Path).ToDictionary(g => g.Key, g => g.First().Metadata!),
            projectProperties);

    /// <summary>Runs the generator once over the catalogs and the given consumer code, warnings as errors.</summary>
    public static GeneratorRun Run(IEnumerable<CatalogFile> catalogs, params string[] sources) =>
        Run(catalogs, CreateCompilation(sources));

    /// <summary>Runs the generator with warnings left as warnings, to see each diagnostic's own severity.</summary>
    public static GeneratorRun RunLenient(params CatalogFile[] catalogs) =>
        Run(catalogs, CreateCompilation(ReportDiagnostic.Default));

    /// <summary>Runs the generator with MSBuild properties visible to the compiler, warnings left as warnings.</summary>
    public static GeneratorRun RunWithProjectProperties(IReadOnlyDictionary<string, string> projectProperties, params CatalogFile[] catalogs) =>
        Run(catalogs, CreateCompilation(ReportDiagnostic.Default), projectProperties);

    /// <summary>
    /// Runs the generator into a compilation of the caller's making (its parse options are the driver's too),
    /// then checks that a rerun on equal inputs reuses every step (<see cref="AssertRerunCached"/>): each test of
    /// the generator is a caching test too.
    /// </summary>
    public static GeneratorRun Run(IEnumerable<CatalogFile> catalogs, CSharpCompilation compilation, IReadOnlyDictionary<string, string>? projectProperties = null) =>
        Run(new PortCatalogGenerator(), catalogs, compilation, projectProperties);

    public static GeneratorRun Run(IIncrementalGenerator generator, IEnumerable<CatalogFile> catalogs, CSharpCompilation compilation, IReadOnlyDictionary<string, string>? projectProperties = null)
    {
        var parseOptions = compilation.SyntaxTrees.FirstOrDefault()?.Options as CSharpParseOptions;
        var driver = CreateDriver(generator, Texts(catalogs), OptionsFor(catalogs, projectProperties), trackSteps: true, parseOptions);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        var run = new GeneratorRun(driver.GetRunResult(), (CSharpCompilation)output, generatorDiagnostics);
        AssertRerunCached(driver, compilation, catalogs, projectProperties);
        return run;
    }

    /// <summary>
    /// Reruns the driver as an editor does after an edit elsewhere: on a new compilation object
    /// (<c>Clone()</c>), new AdditionalFiles objects, new options and new parse options, all with equal
    /// contents. Steps whose inputs are new objects run again, so each of them must produce a value equal to
    /// the last one (<c>Unchanged</c>): a model without value equality shows up as <c>Modified</c>.
    /// </summary>
    public static void AssertRerunCached(GeneratorDriver driver, CSharpCompilation compilation, IEnumerable<CatalogFile> catalogs, IReadOnlyDictionary<string, string>? projectProperties)
    {
        var parseOptions = compilation.SyntaxTrees.FirstOrDefault()?.Options as CSharpParseOptions ?? ParseOptions;
        var rerun = driver
            .ReplaceAdditionalTexts(Texts(catalogs).ToImmutableArray())
            .WithUpdatedAnalyzerConfigOptions(OptionsFor(catalogs, projectProperties))
            .WithUpdatedParseOptions(new CSharpParseOptions(parseOptions.LanguageVersion, parseOptions.DocumentationMode, parseOptions.Kind, parseOptions.PreprocessorSymbolNames))
            .RunGenerators(compilation.Clone());
        AssertCached(rerun.GetRunResult());
    }

    /// <summary>Every tracked step of the generator and every output of a rerun on equal inputs was cached or recomputed to an equal value.</summary>
    public static void AssertCached(GeneratorDriverRunResult rerun)
    {
        var result = rerun.Results.Single();
        var recomputed = result.TrackedSteps
            .Where(step => GeneratorStepNames.Contains(step.Key))
            .SelectMany(step => step.Value.SelectMany(run => run.Outputs.Select(output => (Step: step.Key, output.Reason))))
            .Concat(result.TrackedOutputSteps.SelectMany(step => step.Value.SelectMany(run => run.Outputs.Select(output => (Step: step.Key, output.Reason)))))
            .Where(output => output.Reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged))
            .Select(output => output.Step + ": " + output.Reason)
            .Distinct()
            .ToList();
        Assert.True(recomputed.Count == 0, "A rerun on equal inputs recomputed: " + string.Join(", ", recomputed));
    }

    /// <summary>
    /// The generator's own steps (<c>TrackingNames</c>). The driver also tracks its inputs (the compilation,
    /// the AdditionalFiles), which are new objects on every rerun by design.
    /// </summary>
    public static readonly IReadOnlySet<string> GeneratorStepNames = typeof(PortCatalogGenerator).Assembly
        .GetType("ExchangePorts.Generators.TrackingNames")!
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Select(f => (string)f.GetValue(null)!)
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>New AdditionalFiles objects, each with new text, for the catalogs.</summary>
    private static IEnumerable<AdditionalText> Texts(IEnumerable<CatalogFile> catalogs) =>
        catalogs.Select(c => (AdditionalText)new TestAdditionalText(c.Path, c.Text));

    public static GeneratorRun Run(params CatalogFile[] catalogs) => Run(catalogs, []);
}

/// <summary>What one generator run produced.</summary>
internal sealed record GeneratorRun(
    GeneratorDriverRunResult Result,
    CSharpCompilation OutputCompilation,
    ImmutableArray<Diagnostic> GeneratorDiagnostics)
{
    /// <summary>The catalog diagnostics, ordered by position, as <c>ID (line,col)</c> with 1-based numbers.</summary>
    public IReadOnlyList<string> DiagnosticLines =>
        Result.Diagnostics
            .OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .Select(Format)
            .ToList();

    public string Source(string hintName) =>
        Result.Results.Single().GeneratedSources.Single(s => s.HintName == hintName).SourceText.ToString();

    /// <summary>The entries a generated catalog carries, read back from its assembly attribute's data (in <c>Class-data.g.cs</c> beside <c>Class.g.cs</c>).</summary>
    public IReadOnlyList<PortEntrySpec> Entries(string hintName)
    {
        var attribute = CSharpSyntaxTree.ParseText(Source(hintName.Replace(".g.cs", "-data.g.cs"))).GetRoot()
            .DescendantNodes().OfType<AttributeSyntax>()
            .Single(a => a.Name.ToString().EndsWith("PortCatalogClassAttribute", StringComparison.Ordinal));
        var data = ((LiteralExpressionSyntax)attribute.ArgumentList!.Arguments[1].Expression).Token.ValueText;
        Assert.True(CatalogDataReader.TryRead(data, out var entries), "The generated data does not read back.");
        return entries;
    }

    public IReadOnlyList<string> HintNames =>
        Result.Results.Single().GeneratedSources.Select(s => s.HintName).ToList();

    /// <summary>Every diagnostic of the compiled output (generated code plus consumer code), warnings included.</summary>
    public IReadOnlyList<Diagnostic> CompilationDiagnostics =>
        OutputCompilation.GetDiagnostics().Where(d => d.Severity != DiagnosticSeverity.Hidden).ToList();

    public static string Format(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        return diagnostic.Id + " (" + (span.StartLinePosition.Line + 1) + "," + (span.StartLinePosition.Character + 1) + ")";
    }
}
