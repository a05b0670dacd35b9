using ExchangePorts.Generators.Common;
using ExchangePorts.Generators.Diagnostics;

namespace ExchangePorts.Generators.Catalog;

/// <summary>
/// The compiler does not fail on a file that is not valid UTF-8. On .NET it decodes it anyway and puts
/// U+FFFD where bytes could not be read; on .NET Framework (Visual Studio's compiler) it falls back to
/// a legacy code page. Both are visible only in the decoded text, so that is what is checked.
/// </summary>
internal static class EncodingCheck
{
    private const char ReplacementCharacter = '\uFFFD';

    /// <summary>
    /// The text with each half of a surrogate pair replaced by U+FFFD, as a UTF-8 decoder replaces bytes it cannot
    /// read: half a pair is no character, and no later reader or writer (UTF-8, JSON) can carry it. Only text that
    /// did not come from a file (an editor's buffer, a test) can hold one. Positions are unchanged.
    /// </summary>
    /// <param name="first">Where the first half pair was, or -1.</param>
    public static CatalogText WithWholeCharacters(CatalogText text, out int first)
    {
        first = -1;
        var content = text.Content;
        char[]? chars = null;
        for (var i = 0; i < content.Length; i++)
        {
            if (!char.IsSurrogate(content[i]))
            {
                continue;
            }

            if (char.IsSurrogatePair(content, i))
            {
                i++;
                continue;
            }

            chars ??= content.ToCharArray();
            chars[i] = ReplacementCharacter;
            first = first < 0 ? i : first;
        }

        return chars is null ? text : new CatalogText(new string(chars), text.Encoding);
    }

    /// <summary>Half a surrogate pair replaced at <paramref name="first"/> by <see cref="WithWholeCharacters"/>.</summary>
    public static void ReportHalfPair(CatalogDiagnosticSink sink, int first) =>
        sink.Report(CatalogDiagnostics.InvalidUtf8, new SourceSpan(first, 1), "half of a surrogate pair is no character, and is read as U+FFFD, first here");

    public static void Report(CatalogDiagnosticSink sink)
    {
        var encoding = sink.Text.Encoding;
        var text = sink.Content;
        if (encoding is not null && !IsUnicode(encoding.CodePage))
        {
            var first = IndexOfNonAscii(text);
            if (first >= 0)
            {
                sink.Report(
                    CatalogDiagnostics.InvalidUtf8,
                    new SourceSpan(first, 1),
                    "the compiler read it as " + encoding.WebName + ", which may garble its text from '" + text[first] + "' here on");
            }

            return;
        }

        var replaced = text.IndexOf(ReplacementCharacter);
        if (replaced >= 0)
        {
            sink.Report(
                CatalogDiagnostics.InvalidUtf8,
                new SourceSpan(replaced, 1),
                "the compiler replaced bytes it could not read with U+FFFD, first here");
        }
    }

    private static int IndexOfNonAscii(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] > '\u007F')
            {
                return i;
            }
        }

        return -1;
    }

    // UTF-8, UTF-16 and UTF-32 (both byte orders): files the compiler decoded as written.
    private static bool IsUnicode(int codePage) => codePage is 65001 or 1200 or 1201 or 12000 or 12001;
}
