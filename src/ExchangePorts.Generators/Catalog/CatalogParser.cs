using System;
using System.Collections.Generic;
using System.Threading;
using ExchangePorts.Generators.Diagnostics;
using ExchangePorts.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ExchangePorts.Generators.Catalog;

/// <summary>Turns one AdditionalFiles item into a <see cref="CatalogParseResult"/>. Never throws for any input.</summary>
internal static class CatalogParser
{
    /// <summary>The catalog's spec and diagnostics, or null when the file is not a catalog.</summary>
    /// <param name="itemOptions">The item's metadata (<c>build_metadata.AdditionalFiles.*</c>).</param>
    /// <param name="projectOptions">The project's properties (<c>build_property.*</c>).</param>
    public static CatalogParseResult? Parse(
        AdditionalText file,
        AnalyzerConfigOptions itemOptions,
        AnalyzerConfigOptions projectOptions,
        CancellationToken cancellationToken)
    {
        var path = file.Path;
        var diagnostics = new List<DiagnosticInfo>();
        try
        {
            if (!CatalogDiscovery.IsCatalog(path, itemOptions))
            {
                return null;
            }

            var text = file.GetText(cancellationToken);
            CatalogDiagnosticSink sink;
            CatalogDocument document;
            if (text is null)
            {
                // Still generate the (empty) class, so code that uses it keeps compiling while the file is fixed.
                sink = new CatalogDiagnosticSink(path, SourceText.From(string.Empty));
                sink.ReportAtFile(CatalogDiagnostics.EmptyCatalog, "the file could not be read");
                document = new CatalogDocument();
            }
            else
            {
                sink = new CatalogDiagnosticSink(path, text);
                EncodingCheck.Report(sink);
                document = CatalogDiscovery.FormatOf(path) == CatalogFormat.Json
                    ? JsonCatalogReader.Read(sink)
                    : CsvCatalogReader.Read(sink);
            }

            cancellationToken.ThrowIfCancellationRequested();

            var options = CatalogOptionsResolver.Resolve(itemOptions, projectOptions, document, sink);
            var spec = options is null ? null : CatalogBuilder.Build(options, document, sink);
            foreach (var diagnostic in sink.Diagnostics)
            {
                // A lenient catalog (a third party's file) reports a bad row as a warning: the row is skipped all the same.
                diagnostics.Add(options is { IsLenient: true } && CatalogDiagnostics.IsRowError(diagnostic.Descriptor)
                    ? diagnostic with { Severity = DiagnosticSeverity.Warning }
                    : diagnostic);
            }
            return Result(spec, diagnostics);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A bug here must surface as a diagnostic on the catalog, not as CS8785 on the whole generator.
            diagnostics.Add(DiagnosticInfo.Create(
                CatalogDiagnostics.InternalError, LocationInfo.FileStart(path), Describe(exception)));
            return Result(null, diagnostics);
        }
    }

    /// <summary>An exception as one line of a diagnostic message.</summary>
    public static string Describe(Exception exception) =>
        (exception.GetType().Name + ": " + exception.Message).Replace('\r', ' ').Replace('\n', ' ');

    private static CatalogParseResult Result(CatalogSpec? spec, List<DiagnosticInfo> diagnostics) =>
        new(spec, diagnostics.ToEquatableArray());
}
