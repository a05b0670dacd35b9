using System;

namespace ExchangePorts.Operations.Writers;

/// <summary>
/// Text in a PowerShell script. Scripts are ASCII: Windows PowerShell 5.1 reads a script without a byte order mark
/// in the system's code page, and piping a command's output decodes it in the console's, where a UTF-8 byte can
/// come out as a quote (0x82 is U+201A in code page 1252); so every non-ASCII character is written visibly
/// (<see cref="VisibleText"/>), as are line ends and control characters.
/// </summary>
internal static class PowerShellText
{
    // Every character PowerShell's tokenizer ends a single-quoted string at: the ASCII quote and U+2018 to U+201B.
    private static readonly string[] SingleQuotes = ["'", "\u2018", "\u2019", "\u201A", "\u201B"];

    /// <summary>A single-quoted string, which PowerShell never expands: each quote written twice.</summary>
    public static string Literal(string text)
    {
        var visible = VisibleText.Escape(text, asciiOnly: true);
        foreach (var quote in SingleQuotes)
        {
            visible = visible.Replace(quote, quote + quote);
        }

        return "'" + visible + "'";
    }

    /// <summary>A comment line: it cannot end before the line does, as no line end is left in it.</summary>
    public static string Comment(string text) => "# " + VisibleText.Escape(text, asciiOnly: true);
}
