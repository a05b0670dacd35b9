using System;

namespace ExchangePorts.Operations.Writers;

/// <summary>
/// A CSV field as RFC 4180 writes it and the catalog reader reads it: quoted when it holds a comma, a quote, any line
/// end or space at either end, its quotes doubled; nothing else changed, so the text reads back exactly.
/// </summary>
internal static class CsvText
{
    private static readonly char[] NeedsQuotes = [',', '"', '\n', '\r', '\u000B', '\u000C', '\u0085', '\u2028', '\u2029'];

    public static string Field(string value) =>
        value.IndexOfAny(NeedsQuotes) >= 0 || (value.Length > 0 && (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[value.Length - 1])))
            ? "\"" + value.Replace("\"", "\"\"") + "\""
            : value;
}
