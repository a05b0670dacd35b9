using ExchangePorts.Generators.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ExchangePorts.Generators.Catalog;

/// <summary>
/// The compiler reads a file that is not valid UTF-8 with a fallback code page (Windows-1252) instead
/// of failing. Only the encoding it chose shows this, so that is what is checked.
/// </summary>
internal static class EncodingCheck
{
    public static void Report(CatalogDiagnosticSink sink)
    {
        var encoding = sink.Text.Encoding;
        if (encoding is null || IsUnicode(encoding.CodePage))
        {
            return;
        }

        var text = sink.Text.ToString();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] > '\u007F')
            {
                sink.Report(CatalogDiagnostics.InvalidUtf8, new TextSpan(i, 1), encoding.WebName, text[i].ToString());
                return;
            }
        }
    }

    // UTF-8, UTF-16 and UTF-32 (both byte orders): files the compiler decoded as written.
    private static bool IsUnicode(int codePage) => codePage is 65001 or 1200 or 1201 or 12000 or 12001;
}
