using System.Collections.Generic;
using ExchangePorts.Generators.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ExchangePorts.Generators.Catalog;

/// <summary>
/// Reads a CSV catalog into <see cref="CatalogRow"/>s: maps the header to columns and reports what is
/// wrong with the file's structure. What is wrong with a value is the <see cref="CatalogBuilder"/>'s concern.
/// </summary>
internal static class CsvCatalogReader
{
    public static CatalogDocument Read(CatalogDiagnosticSink sink)
    {
        var text = sink.Text.ToString();
        var (records, errors) = CsvReader.Read(text);
        foreach (var error in errors)
        {
            ReportSyntaxError(sink, text, error);
        }

        var document = new CatalogDocument();
        var rows = document.Rows;
        if (records.Count == 0)
        {
            sink.Report(
                CatalogDiagnostics.EmptyCatalog,
                new TextSpan(0, 0),
                "the file is empty; start it with the header row group,name,port,transport");
            return document;
        }

        var header = records[0];
        var columnOfField = MapHeader(sink, header);
        if (header.IsMalformed || columnOfField is null)
        {
            return document;
        }

        if (records.Count == 1)
        {
            sink.Report(CatalogDiagnostics.EmptyCatalog, SpanOf(header), "the header row is not followed by any rows");
            return document;
        }

        for (var r = 1; r < records.Count; r++)
        {
            var record = records[r];
            if (record.IsMalformed)
            {
                continue;
            }

            if (record.Fields.Count != header.Fields.Count)
            {
                sink.Report(
                    CatalogDiagnostics.FieldCountMismatch,
                    SpanOf(record),
                    record.Fields.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    header.Fields.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
                continue;
            }

            var row = new CatalogRow(SpanOf(record));
            for (var f = 0; f < record.Fields.Count; f++)
            {
                if (columnOfField[f] is { } column)
                {
                    row[column] = new CatalogCell(record.Fields[f].Value, record.Fields[f].Span);
                }
            }

            rows.Add(row);
        }

        return document;
    }

    /// <summary>The column of each header field (null where ignored), or null when a required column is missing.</summary>
    private static CatalogColumn?[]? MapHeader(CatalogDiagnosticSink sink, CsvRecord header)
    {
        var columnOfField = new CatalogColumn?[header.Fields.Count];
        var seen = new bool[CatalogColumns.Count];
        for (var f = 0; f < header.Fields.Count; f++)
        {
            var field = header.Fields[f];
            var name = field.Value.Trim();
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
                sink.Report(CatalogDiagnostics.MissingRequiredColumn, SpanOf(header), "header row", CatalogColumns.HeaderName(required), "column");
                complete = false;
            }
        }

        return complete ? columnOfField : null;
    }

    private static void ReportSyntaxError(CatalogDiagnosticSink sink, string text, CsvError error)
    {
        if (error.Kind == CsvErrorKind.UnterminatedQuotedField)
        {
            sink.Report(CatalogDiagnostics.UnterminatedQuotedField, new TextSpan(error.Position, 1));
        }
        else
        {
            sink.Report(
                CatalogDiagnostics.TextAfterClosingQuote,
                new TextSpan(error.Position, 1),
                text[error.Position].ToString());
        }
    }

    /// <summary>A record's span, from its first character to the end of its last field.</summary>
    private static TextSpan SpanOf(CsvRecord record) =>
        TextSpan.FromBounds(record.Start, record.Fields[record.Fields.Count - 1].Span.End);
}
