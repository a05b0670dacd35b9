using System;
using System.Collections.Generic;
using System.Threading;
using ExchangePorts.Generators.Common;
using ExchangePorts.Generators.Diagnostics;
using ExchangePorts.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ExchangePorts.Generators.Catalog;

/// <summary>
/// Turns one catalog file into a <see cref="CatalogParseResult"/>, inside the compiler (an AdditionalFiles item)
/// or outside it (a command line's file): the same rules and the same diagnostics. Never throws for any input.
/// </summary>
internal static class CatalogParser
{
    /// <summary>The catalog's spec and diagnostics, or null when the AdditionalFiles item is not a catalog.</summary>
    /// <param name="itemOptions">The item's metadata (<c>build_metadata.AdditionalFiles.*</c>).</param>
    /// <param name="projectOptions">The project's properties (<c>build_property.*</c>).</param>
    public static CatalogParseResult? Parse(
        AdditionalText file,
        AnalyzerConfigOptions itemOptions,
        AnalyzerConfigOptions projectOptions,
        CancellationToken cancellationToken)
    {
        try
        {
            if (!CatalogDiscovery.IsCatalog(file.Path, itemOptions))
            {
                return null;
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return Failed(file.Path, exception);
        }

        return Parse(file.Path, () => file.GetText(cancellationToken), itemOptions, projectOptions, cancellationToken);
    }

    /// <summary>
    /// Reads a file the caller says is a catalog, without a compiler: what a build would report for it as an
    /// AdditionalFiles item with this metadata, in a project with these properties. The format follows the
    /// file name (<c>.json</c> is JSON, anything else CSV).
    /// </summary>
    /// <param name="text">The file's text, or null when it could not be read.</param>
    /// <param name="metadata">Item metadata by name (<c>ClassName</c>, <c>Lenient</c>, ...), or null.</param>
    /// <param name="projectProperties">Project properties by name (<c>ExchangePortsNamespace</c>, ...), or null.</param>
    public static CatalogParseResult Parse(
        string path,
        string? text,
        IReadOnlyDictionary<string, string>? metadata = null,
        IReadOnlyDictionary<string, string>? projectProperties = null,
        CancellationToken cancellationToken = default) =>
        Parse(
            path,
            () => text is null ? null : SourceText.From(text),
            DictionaryConfigOptions.ForMetadata(metadata),
            DictionaryConfigOptions.ForProperties(projectProperties),
            cancellationToken);

    private static CatalogParseResult Parse(
        string path,
        Func<SourceText?> readText,
        AnalyzerConfigOptions itemOptions,
        AnalyzerConfigOptions projectOptions,
        CancellationToken cancellationToken)
    {
        var diagnostics = new List<DiagnosticInfo>();
        try
        {
            var text = readText();
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
                var whole = EncodingCheck.WithWholeCharacters(text, out var content, out var halfPair);
                sink = new CatalogDiagnosticSink(path, whole, content);
                if (halfPair >= 0)
                {
                    // Text that holds half a pair did not come from a file, so its encoding has nothing else to tell.
                    EncodingCheck.ReportHalfPair(sink, halfPair);
                }
                else
                {
                    EncodingCheck.Report(sink);
                }

                document = CatalogDiscovery.FormatOf(path) == CatalogFormat.Json
                    ? JsonCatalogReader.Read(sink)
                    : CsvCatalogReader.Read(sink);
            }

            cancellationToken.ThrowIfCancellationRequested();

            var options = CatalogOptionsResolver.Resolve(itemOptions, projectOptions, document, sink);
            var spec = options is null ? null : CatalogBuilder.Build(options, document, sink);
            document.ReadToEnd();
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
            return Failed(path, exception);
        }
    }

    // A bug here must surface as a diagnostic on the catalog, not as CS8785 on the whole generator.
    private static CatalogParseResult Failed(string path, Exception exception) =>
        Result(null, [DiagnosticInfo.Create(CatalogDiagnostics.InternalError, LocationInfo.FileStart(path), ExceptionText.Describe(exception))]);

    private static CatalogParseResult Result(CatalogSpec? spec, List<DiagnosticInfo> diagnostics) =>
        new(spec, diagnostics.ToEquatableArray());
}
