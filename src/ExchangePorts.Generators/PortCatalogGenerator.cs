using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using ExchangePorts.Generators.Catalog;
using ExchangePorts.Generators.Diagnostics;
using ExchangePorts.Generators.Emit;
using ExchangePorts.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ExchangePorts.Generators;

/// <summary>
/// Compiles port catalogs passed as AdditionalFiles into typed constants and lookups.
/// Pipeline: parse each catalog (cached per file) → resolve class-name clashes → emit one class per
/// catalog, plus the shared types once.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class PortCatalogGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var parseResults = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, cancellationToken) =>
                CatalogParser.Parse(pair.Left, pair.Right.GetOptions(pair.Left), pair.Right.GlobalOptions, cancellationToken))
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

        // Clashes between catalogs need them all; SelectMany then hands each catalog to the output on its
        // own, so a catalog whose model is unchanged is not emitted again.
        var emitModels = specs
            .Collect()
            .Select(static (all, _) => ResolveClashes(all))
            .WithTrackingName(TrackingNames.ClashResolution)
            .SelectMany(static (models, _) => models)
            .WithTrackingName(TrackingNames.EmitModels);
        context.RegisterSourceOutput(emitModels, static (spc, model) => EmitCatalog(spc, model));

        var sharedTypes = specs
            .Select(static (spec, _) => spec.IsPublic)
            .Collect()
            .Select(static (visibilities, _) => visibilities.IsEmpty ? (bool?)null : visibilities.Contains(true))
            .WithTrackingName(TrackingNames.SharedTypes);
        context.RegisterSourceOutput(sharedTypes, static (spc, isPublic) =>
        {
            if (isPublic is { } value)
            {
                spc.AddSource(SharedTypesEmitter.HintName, SourceText.From(SharedTypesEmitter.Emit(value), Encoding.UTF8));
                spc.AddSource(SharedTypesEmitter.DataHintName, SourceText.From(SharedTypesEmitter.EmitData(), Encoding.UTF8));
            }
        });
    }

    /// <summary>
    /// The first catalog (in AdditionalFiles order) to claim a class keeps it; later ones are reported.
    /// Hint names are compared ignoring case, so classes that differ only in case clash too.
    /// </summary>
    private static EquatableArray<CatalogEmitModel> ResolveClashes(ImmutableArray<CatalogSpec> specs)
    {
        var owners = new Dictionary<string, CatalogSpec>(StringComparer.OrdinalIgnoreCase);
        var models = new CatalogEmitModel[specs.Length];
        for (var i = 0; i < specs.Length; i++)
        {
            var spec = specs[i];
            if (owners.TryGetValue(spec.FullName, out var owner))
            {
                models[i] = new CatalogEmitModel(null, DiagnosticInfo.Create(
                    CatalogDiagnostics.DuplicateClass,
                    LocationInfo.FileStart(spec.FilePath),
                    owner.FullName,
                    owner.CatalogName));
                continue;
            }

            owners.Add(spec.FullName, spec);
            models[i] = new CatalogEmitModel(spec, null);
        }

        return new EquatableArray<CatalogEmitModel>(models);
    }

    private static void EmitCatalog(SourceProductionContext context, CatalogEmitModel model)
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
            context.AddSource(CatalogEmitter.HintName(spec), SourceText.From(CatalogEmitter.Emit(spec), Encoding.UTF8));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // An emitter bug must surface as a diagnostic on the catalog, not as CS8785.
            context.ReportDiagnostic(Diagnostic.Create(
                CatalogDiagnostics.InternalError,
                LocationInfo.FileStart(spec.FilePath).ToLocation(),
                CatalogParser.Describe(exception)));
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
