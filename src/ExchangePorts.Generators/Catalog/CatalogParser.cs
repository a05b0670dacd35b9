using System;
using System.Collections.Generic;
using System.Threading;
using ExchangePorts.Generators.Common;
using ExchangePorts.Generators.Diagnostics;
using ExchangePorts.Generators.Model;

namespace ExchangePorts.Generators.Catalog;

/// <summary>
/// Turns one catalog file into a <see cref="CatalogParseResult"/>, inside the compiler (an AdditionalFiles item, through
/// <c>Roslyn/AdditionalCatalogs</c>) or outside it (the operations library, which compiles this folder and the ones
/// before it without Roslyn): the same rules and the same diagnostics. Never throws for any input.
/// </summary>
internal static class CatalogParser
{
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
            () => text is null ? null : new CatalogText(text),
            DictionaryConfigOptions.ForMetadata(metadata),
            DictionaryConfigOptions.ForProperties(projectProperties),
            cancellationToken);

    /// <summary>
    /// Reads a catalog whose text <paramref name="readText"/> gives (null when it cannot be read), with the item's and
    /// the project's options by the keys MSBuild uses (<see cref="AnalyzerConfigKeys"/>).
    /// </summary>
    public static CatalogParseResult Parse(
        string path,
        Func<CatalogText?> readText,
        IOptionValues itemOptions,
        IOptionValues projectOptions,
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
                sink = new CatalogDiagnosticSink(path, new CatalogText(string.Empty));
                sink.ReportAtFile(CatalogDiagnostics.EmptyCatalog, "the file could not be read");
                document = new CatalogDocument();
            }
            else
            {
                sink = new CatalogDiagnosticSink(path, EncodingCheck.WithWholeCharacters(text, out var halfPair));
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
                diagnostics.Add(options is { IsLenient: true } && CatalogDiagnostics.IsRowError(diagnostic.Rule)
                    ? diagnostic with { Severity = RuleSeverity.Warning }
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
    public static CatalogParseResult Failed(string path, Exception exception) =>
        Result(null, [DiagnosticInfo.Create(CatalogDiagnostics.InternalError, LocationInfo.FileStart(path), ExceptionText.Describe(exception))]);

    private static CatalogParseResult Result(CatalogSpec? spec, List<DiagnosticInfo> diagnostics) =>
        new(spec, diagnostics.ToEquatableArray());
}
