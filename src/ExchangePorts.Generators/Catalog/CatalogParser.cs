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
    public static CatalogParseResult? Parse(AdditionalText file, AnalyzerConfigOptions metadata, CancellationToken cancellationToken)
    {
        var path = file.Path;
        var diagnostics = new List<DiagnosticInfo>();
        try
        {
            if (!CatalogOptionsReader.IsCatalog(path, metadata))
            {
                return null;
            }

            var options = CatalogOptionsReader.Read(path, metadata, diagnostics);
            if (options is null)
            {
                return Result(null, diagnostics);
            }

            var text = file.GetText(cancellationToken);
            if (text is null)
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    CatalogDiagnostics.EmptyCatalog, LocationInfo.FileStart(path), "the file could not be read"));
                text = SourceText.From(string.Empty);
            }

            var sink = new CatalogDiagnosticSink(path, text);
            var rows = CsvCatalogReader.Read(sink);
            cancellationToken.ThrowIfCancellationRequested();
            var spec = CatalogBuilder.Build(options, rows, sink);
            diagnostics.AddRange(sink.Diagnostics);
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
