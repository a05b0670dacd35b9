using System;
using System.Text;

namespace ExchangePorts.Generators.Emit;

/// <summary>Makes catalog text safe inside a <c>///</c> comment: one line, valid XML, nothing that reads as markup.</summary>
internal static class XmlDocText
{
    public static string Escape(string value)
    {
        if (IsPlain(value))
        {
            return value;
        }

        var builder = new StringBuilder(value.Length);
        var pendingSpace = false;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsWhiteSpace(c))
            {
                // A line break would end the comment and turn the rest of the text into code.
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (char.IsControl(c) || IsBidiControl(c) || c is '\uFEFF' or '\uFFFE' or '\uFFFF')
            {
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(c).Append(value[++i]);
                continue;
            }

            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                default: builder.Append(char.IsSurrogate(c) ? '\uFFFD' : c); break;
            }
        }

        return builder.ToString();
    }

    // Most catalog text is printable ASCII with single spaces between words: nothing to change.
    private static bool IsPlain(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c is < '!' or > '~' or '&' or '<' or '>' or '"' &&
                !(c == ' ' && i > 0 && i < value.Length - 1 && value[i + 1] != ' '))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>An absolute http(s) address can be a link in the tooltip; anything else stays text.</summary>
    public static bool IsWebAddress(string value) =>
        Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) &&
        (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    private static bool IsBidiControl(char c) =>
        c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
