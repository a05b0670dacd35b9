using System.Globalization;
using System.Text;

namespace ExchangePorts.Operations.Writers;

/// <summary>
/// Text as a reader sees it: every character that cannot be seen, or that ends, moves or reorders text (control
/// characters, line and paragraph separators, bidi controls, zero-width and other format characters, lone
/// surrogates, private-use and unassigned code points, and the letters and marks that draw nothing), written as
/// <c>\u202E</c>, or <c>\U000E0041</c> above U+FFFF. Every script and terminal writer starts from this, so catalog
/// text can neither end a line or a comment early nor hide or reorder what a reviewer reads.
/// </summary>
internal static class VisibleText
{
    /// <summary>The text with each hidden character escaped; with <paramref name="asciiOnly"/>, every non-ASCII one too.</summary>
    public static string Escape(string text, bool asciiOnly = false)
    {
        if (IsPlain(text, asciiOnly))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var isPair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            var codePoint = isPair ? char.ConvertToUtf32(c, text[i + 1]) : c;
            if (IsHidden(codePoint) || (asciiOnly && codePoint > 0x7E))
            {
                builder.Append(codePoint > 0xFFFF ? "\\U" + codePoint.ToString("X8", CultureInfo.InvariantCulture) : "\\u" + codePoint.ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
                if (isPair)
                {
                    builder.Append(text[i + 1]);
                }
            }

            i += isPair ? 1 : 0;
        }

        return builder.ToString();
    }

    /// <summary>
    /// Text for a terminal, whatever its format: every hidden character escaped but the line feed, the tab and a
    /// carriage return before a line feed, which lay text out and cannot hide or overwrite any of it.
    /// </summary>
    public static string EscapeForTerminal(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var crlf = i < lines.Length - 1 && line.EndsWith("\r", System.StringComparison.Ordinal);
            var cells = (crlf ? line.Substring(0, line.Length - 1) : line).Split('\t');
            lines[i] = string.Join("\t", System.Array.ConvertAll(cells, c => Escape(c))) + (crlf ? "\r" : string.Empty);
        }

        return string.Join("\n", lines);
    }

    /// <summary>Whether a code point is written as an escape (a lone surrogate is a code point of its own here).</summary>
    public static bool IsHidden(int codePoint)
    {
        if (codePoint is >= 0x20 and < 0x7F)
        {
            return false;
        }

        if (codePoint is >= 0xD800 and <= 0xDFFF or < 0 or > 0x10FFFF)
        {
            return true;
        }

        // netstandard2.0 asks for the category of a string's code point, not of a number.
        switch (CharUnicodeInfo.GetUnicodeCategory(char.ConvertFromUtf32(codePoint), 0))
        {
            case UnicodeCategory.Control:
            case UnicodeCategory.Format:
            case UnicodeCategory.LineSeparator:
            case UnicodeCategory.ParagraphSeparator:
            case UnicodeCategory.Surrogate:
            case UnicodeCategory.PrivateUse:
            case UnicodeCategory.OtherNotAssigned:
                return true;
            default:
                return IsIgnorable(codePoint);
        }
    }

    // Unicode's default-ignorable code points that are letters or marks, not format characters: they draw nothing.
    private static bool IsIgnorable(int c) =>
        c is 0x034F or 0x115F or 0x1160 or 0x17B4 or 0x17B5 or (>= 0x180B and <= 0x180F) or 0x3164 or (>= 0xFE00 and <= 0xFE0F) or 0xFFA0
            or (>= 0xE0100 and <= 0xE01EF);

    private static bool IsPlain(string text, bool asciiOnly)
    {
        foreach (var c in text)
        {
            if (c is < ' ' or >= '\u007F' && (asciiOnly || IsHidden(c) || char.IsSurrogate(c)))
            {
                return false;
            }
        }

        return true;
    }
}
