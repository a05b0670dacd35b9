using System.Collections.Generic;
using ExchangePorts.Generators.Common;
using ExchangePorts.Generators.Diagnostics;
using ExchangePorts.Generators.Text;

namespace ExchangePorts.Generators.Catalog;

/// <summary>
/// Reads a CSV catalog into <see cref="CatalogRow"/>s: maps the header to columns and reports what is
/// wrong with the file's structure. What is wrong with a value is the <see cref="CatalogBuilder"/>'s concern.
/// </summary>
internal static class CsvCatalogReader
{
    public static CatalogDocument Read(CatalogDiagnosticSink sink)
    {
        var text = sink.Content;
        var reader = new CsvReader(text);
        var document = new CatalogDocument();
        var header = new List<CsvField>();
        var errorsReported = 0;
        void ReportSyntaxErrors()
        {
            for (; errorsReported < reader.Errors.Count; errorsReported++)
            {
                ReportSyntaxError(sink, text, reader.Errors[errorsReported]);
            }
        }

        var hasHeader = reader.TryReadRecord(header, out var headerStart, out var headerMalformed);
        ReportSyntaxErrors();
        if (!hasHeader)
        {
            sink.Report(
                CatalogDiagnostics.EmptyCatalog,
                new SourceSpan(0, 0),
                "the file is empty; start it with the header row group,name,port,transport");
            return document;
        }

        document.IsRegistry = CatalogColumns.IsRegistryHeader(header.ConvertAll(field => field.Value));
        var columnOfField = MapHeader(sink, header, headerStart, document.IsRegistry);
        document.HasGroups = columnOfField is not null && System.Array.IndexOf(columnOfField, CatalogColumn.Group) >= 0;
        document.Rows = ReadRows(sink, reader, header, headerStart, headerMalformed, columnOfField, ReportSyntaxErrors);
        return document;
    }

    /// <summary>The records after the header, as rows, one at a time; what is wrong with them is reported as they are read.</summary>
    private static IEnumerable<CatalogRow> ReadRows(
        CatalogDiagnosticSink sink, CsvReader reader, List<CsvField> header, int headerStart, bool headerMalformed, CatalogColumn?[]? columnOfField, System.Action reportSyntaxErrors)
    {
        var fields = new List<CsvField>(header.Count);
        var hasRecords = false;
        while (reader.TryReadRecord(fields, out var start, out var malformed))
        {
            reportSyntaxErrors();
            hasRecords = true;
            if (malformed || headerMalformed || columnOfField is null)
            {
                continue;
            }

            if (fields.Count != header.Count)
            {
                sink.Report(
                    CatalogDiagnostics.FieldCountMismatch,
                    SpanOf(fields, start),
                    fields.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    header.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
                continue;
            }

            var row = new CatalogRow(SpanOf(fields, start));
            for (var f = 0; f < fields.Count; f++)
            {
                if (columnOfField[f] is { } column)
                {
                    row[column] = new CatalogCell(fields[f].Value, fields[f].Span);
                }
            }

            yield return row;
        }

        reportSyntaxErrors();
        if (!hasRecords && !headerMalformed && columnOfField is not null)
        {
            sink.Report(CatalogDiagnostics.EmptyCatalog, SpanOf(header, headerStart), "the header row is not followed by any rows");
        }
    }

    /// <summary>The column of each header field (null where ignored), or null when a required column is missing.</summary>
    private static CatalogColumn?[]? MapHeader(CatalogDiagnosticSink sink, List<CsvField> header, int headerStart, bool isRegistry)
    {
        var columnOfField = new CatalogColumn?[header.Count];
        var seen = new bool[CatalogColumns.Count];
        for (var f = 0; f < header.Count; f++)
        {
            var field = header[f];
            var name = field.Value.Trim();
            if (isRegistry && CatalogColumns.TryParseRegistry(name, out var registryColumn))
            {
                if (registryColumn is { } mapped && !seen[(int)mapped])
                {
                    seen[(int)mapped] = true;
                    columnOfField[f] = mapped;
                }

                continue;
            }

            if (!CatalogColumns.TryParse(name, out var column))
            {
                var hint = name.IndexOfAny([';', '\t']) >= 0
                    ? "it looks like several columns separated by '" + (name.IndexOf(';') >= 0 ? ";" : "\\t") +
                      "', but a catalog's columns are separated by commas (in Excel, save as \"CSV UTF-8 (Comma delimited)\")"
                    : CatalogColumns.KnownColumnsHint;
                sink.Report(CatalogDiagnostics.UnknownColumn, field.Span, "Column", name, hint);
            }
            else if (seen[(int)column])
            {
                sink.Report(CatalogDiagnostics.DuplicateColumn, field.Span, "Column", name);
            }
            else
            {
                seen[(int)column] = true;
                columnOfField[f] = column;
            }
        }

        var complete = true;
        foreach (var required in CatalogColumns.Required)
        {
            if (!seen[(int)required])
            {
                sink.Report(CatalogDiagnostics.MissingRequiredColumn, SpanOf(header, headerStart), "header row", CatalogColumns.HeaderName(required), "column");
                complete = false;
            }
        }

        return complete ? columnOfField : null;
    }

    private static void ReportSyntaxError(CatalogDiagnosticSink sink, string text, CsvError error)
    {
        if (error.Kind == CsvErrorKind.UnterminatedQuotedField)
        {
            sink.Report(CatalogDiagnostics.UnterminatedQuotedField, new SourceSpan(error.Position, 1));
        }
        else
        {
            sink.Report(
                CatalogDiagnostics.TextAfterClosingQuote,
                new SourceSpan(error.Position, 1),
                text[error.Position].ToString());
        }
    }

    /// <summary>A record's span, from its first character to the end of its last field.</summary>
    private static SourceSpan SpanOf(List<CsvField> fields, int start) =>
        SourceSpan.FromBounds(start, fields[fields.Count - 1].Span.End);
}
