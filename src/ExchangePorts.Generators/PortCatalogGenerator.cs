using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using ExchangePorts.Generators.Catalog;
using ExchangePorts.Generators.Common;
using ExchangePorts.Generators.Consumer;
using ExchangePorts.Generators.Diagnostics;
using ExchangePorts.Generators.Emit;
using ExchangePorts.Generators.Model;
using ExchangePorts.Generators.Roslyn;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ExchangePorts.Generators;

/// <summary>
/// Compiles port catalogs passed as AdditionalFiles into typed constants and lookups.
/// Pipeline: parse each catalog (cached per file) → resolve class-name clashes (with each other and with
/// namespaces) → emit one class per catalog, plus the shared types once, unless a reference has them.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class PortCatalogGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var parseResults = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, cancellationToken) =>
                AdditionalCatalogs.Parse(pair.Left, pair.Right.GetOptions(pair.Left), pair.Right.GlobalOptions, cancellationToken))
            .WithTrackingName(TrackingNames.ParseResults);

        var parseDiagnostics = parseResults
            .Select(static (result, _) => result?.Diagnostics ?? EquatableArray<DiagnosticInfo>.Empty)
            .WithTrackingName(TrackingNames.ParseDiagnostics);
        context.RegisterSourceOutput(parseDiagnostics, static (spc, diagnostics) => Report(spc, diagnostics));

        var specs = parseResults
            .Select(static (result, _) => result?.Spec)
            .Where(static spec => spec is not null)
            .Select(static (spec, _) => spec!)
            .WithTrackingName(TrackingNames.Specs);

        // C# 7.3 has no #nullable; every later version gets the annotations.
        var nullableAnnotations = context.ParseOptionsProvider
            .Select(static (options, _) => options is CSharpParseOptions { LanguageVersion: >= LanguageVersion.CSharp8 })
            .WithTrackingName(TrackingNames.NullableAnnotations);

        // The compilation changes on every edit; these steps reduce it to small values that rarely do.
        var namespaceClashes = specs
            .Collect()
            .Combine(context.CompilationProvider)
            .Select(static (pair, _) => NamespaceClashes.Find(pair.Right, pair.Left))
            .WithTrackingName(TrackingNames.NamespaceClashes);
        var referencedCatalogs = context.CompilationProvider
            .Select(static (compilation, _) => ReferencedCatalogs.Find(compilation))
            .WithTrackingName(TrackingNames.ReferencedCatalogs);
        var entryTypesInReferences = context.CompilationProvider
            .Select(static (compilation, _) => ReferencedEntryTypes.Find(compilation))
            .WithTrackingName(TrackingNames.EntryTypesInReferences);

        // Clashes between catalogs need them all; SelectMany then hands each catalog to the output on its
        // own, so a catalog whose model is unchanged is not emitted again.
        var emitModels = specs
            .Collect()
            .Combine(namespaceClashes)
            .Combine(referencedCatalogs)
            .Select(static (input, _) => ClassResolution.Resolve(input.Left.Left, input.Left.Right, input.Right))
            .WithTrackingName(TrackingNames.ClashResolution)
            .SelectMany(static (models, _) => models)
            .WithTrackingName(TrackingNames.EmitModels);
        context.RegisterSourceOutput(emitModels.Combine(nullableAnnotations), static (spc, pair) => EmitCatalog(spc, pair.Left, pair.Right));

        var sharedTypes = specs
            .Select(static (spec, _) => spec.IsPublic)
            .Collect()
            .Combine(entryTypesInReferences)
            .Combine(context.AnalyzerConfigOptionsProvider.Select(static (options, _) => IsRuntimeAssembly(options)))
            .Combine(nullableAnnotations)
            .Select(static (input, _) => SharedTypesModel.For(input.Left.Left.Left, input.Left.Left.Right, input.Left.Right, input.Right))
            .WithTrackingName(TrackingNames.SharedTypes);
        context.RegisterSourceOutput(sharedTypes, static (spc, model) => EmitSharedTypes(spc, model));
    }

    /// <summary>
    /// The ExchangePorts.Runtime project is built from the entry types alone, made public, so that every
    /// library using it shares one <c>PortDefinition</c>.
    /// </summary>
    private static bool IsRuntimeAssembly(AnalyzerConfigOptionsProvider options) =>
        AnalyzerConfigKeys.Is(AnalyzerConfigKeys.Property(new AnalyzerOptionValues(options.GlobalOptions), OptionNames.Property.RuntimeAssembly), true);

    private static void EmitSharedTypes(SourceProductionContext context, SharedTypesModel model)
    {
        if (model.EntryTypes is { } isPublic)
        {
            context.AddSource(SharedTypesEmitter.EntryTypesHintName, SourceText.From(SharedTypesEmitter.EmitEntryTypes(isPublic, model.NullableAnnotations), Encoding.UTF8));
        }

        if (model.Plumbing)
        {
            context.AddSource(SharedTypesEmitter.CatalogClassAttributeHintName, SourceText.From(SharedTypesEmitter.EmitCatalogClassAttribute(model.NullableAnnotations), Encoding.UTF8));
            context.AddSource(SharedTypesEmitter.DataHintName, SourceText.From(SharedTypesEmitter.EmitData(), Encoding.UTF8));
        }
    }

    private static void EmitCatalog(SourceProductionContext context, CatalogEmitModel model, bool nullableAnnotations)
    {
        if (model.Clash is not null)
        {
            context.ReportDiagnostic(model.Clash.ToDiagnostic());
        }

        if (model.Spec is not { } spec)
        {
            return;
        }

        try
        {
            context.AddSource(CatalogEmitter.HintName(spec), SourceText.From(CatalogEmitter.Emit(spec, nullableAnnotations), Encoding.UTF8));
            context.AddSource(CatalogEmitter.DataHintName(spec), SourceText.From(CatalogEmitter.EmitData(spec), Encoding.UTF8));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // An emitter bug must surface as a diagnostic on the catalog, not as CS8785.
            context.ReportDiagnostic(DiagnosticInfo.Create(CatalogDiagnostics.InternalError, LocationInfo.FileStart(spec.FilePath), ExceptionText.Describe(exception)).ToDiagnostic());
        }
    }

    private static void Report(SourceProductionContext context, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            context.ReportDiagnostic(diagnostic.ToDiagnostic());
        }
    }
}
