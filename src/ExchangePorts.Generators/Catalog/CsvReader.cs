using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace ExchangePorts.Generators.Catalog;

/// <summary>One field of a CSV record: its unescaped value and where it stands in the text.</summary>
/// <param name="Span">The field as written, quotes included, surrounding blanks excluded.</param>
internal readonly record struct CsvField(string Value, TextSpan Span);

/// <summary>One CSV record. <see cref="IsMalformed"/> records were reported by the reader and must be skipped.</summary>
internal sealed record CsvRecord(IReadOnlyList<CsvField> Fields, int Start, bool IsMalformed);

internal enum CsvErrorKind
{
    UnterminatedQuotedField,
    TextAfterClosingQuote,
}

/// <summary>A syntax error of the CSV text at <see cref="Position"/>.</summary>
internal readonly record struct CsvError(CsvErrorKind Kind, int Position);

/// <summary>
/// An RFC 4180 reader that keeps positions: quoted fields with commas, doubled quotes and line breaks;
/// CRLF, LF or CR line ends; a leading byte order mark. Lenient where that loses nothing: blanks around
/// a field are dropped and blank lines are skipped.
/// </summary>
internal static class CsvReader
{
    public static (List<CsvRecord> Records, List<CsvError> Errors) Read(string text)
    {
        var records = new List<CsvRecord>();
        var errors = new List<CsvError>();
        var builder = new StringBuilder();
        var position = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;

        while (position < text.Length)
        {
            if (TrySkipBlankLine(text, ref position))
            {
                continue;
            }

            records.Add(ReadRecord(text, ref position, builder, errors));
        }

        return (records, errors);
    }

    private static CsvRecord ReadRecord(string text, ref int position, StringBuilder builder, List<CsvError> errors)
    {
        var start = position;
        var fields = new List<CsvField>();
        var malformed = false;
        while (true)
        {
            SkipBlanks(text, ref position);
            var field = position < text.Length && text[position] == '"'
                ? ReadQuotedField(text, ref position, builder, errors, ref malformed)
                : ReadPlainField(text, ref position);
            fields.Add(field);

            if (position < text.Length && text[position] == ',')
            {
                position++;
                continue;
            }

            SkipLineBreak(text, ref position);
            return new CsvRecord(fields, start, malformed);
        }
    }

    private static CsvField ReadQuotedField(
        string text, ref int position, StringBuilder builder, List<CsvError> errors, ref bool malformed)
    {
        var start = position++;
        builder.Clear();
        while (true)
        {
            if (position >= text.Length)
            {
                // Everything up to the end is swallowed by the open quote: report it where it opened.
                errors.Add(new CsvError(CsvErrorKind.UnterminatedQuotedField, start));
                malformed = true;
                return new CsvField(builder.ToString(), TextSpan.FromBounds(start, position));
            }

            var c = text[position++];
            if (c != '"')
            {
                builder.Append(c);
            }
            else if (position < text.Length && text[position] == '"')
            {
                builder.Append('"');
                position++;
            }
            else
            {
                break;
            }
        }

        var end = position;
        SkipBlanks(text, ref position);
        if (position < text.Length && !IsFieldEnd(text[position]))
        {
            errors.Add(new CsvError(CsvErrorKind.TextAfterClosingQuote, position));
            malformed = true;
            while (position < text.Length && !IsFieldEnd(text[position]))
            {
                position++;
            }
        }

        return new CsvField(builder.ToString(), TextSpan.FromBounds(start, end));
    }

    private static CsvField ReadPlainField(string text, ref int position)
    {
        var start = position;
        while (position < text.Length && !IsFieldEnd(text[position]))
        {
            position++;
        }

        var end = position;
        while (end > start && IsBlank(text[end - 1]))
        {
            end--;
        }

        return new CsvField(text.Substring(start, end - start), TextSpan.FromBounds(start, end));
    }

    private static bool TrySkipBlankLine(string text, ref int position)
    {
        var scan = position;
        SkipBlanks(text, ref scan);
        if (scan < text.Length && text[scan] != '\r' && text[scan] != '\n')
        {
            return false;
        }

        position = scan;
        SkipLineBreak(text, ref position);
        return true;
    }

    private static void SkipLineBreak(string text, ref int position)
    {
        if (position < text.Length && text[position] == '\r')
        {
            position++;
        }

        if (position < text.Length && text[position] == '\n')
        {
            position++;
        }
    }

    private static void SkipBlanks(string text, ref int position)
    {
        while (position < text.Length && IsBlank(text[position]))
        {
            position++;
        }
    }

    private static bool IsBlank(char c) => c is ' ' or '\t';

    private static bool IsFieldEnd(char c) => c is ',' or '\r' or '\n';
}
