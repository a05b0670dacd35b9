using System.Globalization;
using System.Linq;
using System.Text;
using CsCheck;

namespace ExchangePorts.Tool.Tests.Hostile;

/// <summary>
/// Text nobody on the team would write: every quote, line end, escape and keyword the tool's consumers know, control,
/// bidi and zero-width characters, lone surrogates, and known injections, mixed with plain words.
/// </summary>
internal static class HostileText
{
    /// <summary>Each class of character or text that some consumer gives a meaning to.</summary>
    public static readonly string[][] Classes =
    [
        // Quotes: PowerShell ends single-quoted strings at the first five; cmd and netsh at ", Mermaid and DOT too; ` is PowerShell's escape.
        ["'", "\u2018", "\u2019", "\u201A", "\u201B", "\"", "\u201C", "\u201D", "\u201E", "`", "''", "\"\""],
        // Line ends of every consumer: PowerShell and nft (LF), cmd (CR LF), Unicode's VT, FF, NEL, LS and PS.
        ["\n", "\r", "\r\n", "\u000B", "\u000C", "\u0085", "\u2028", "\u2029"],
        // Control characters and terminal escapes.
        ["\0", "\u0001", "\u0007", "\b", "\t", "\u001B[2J", "\u001B]0;pwned\u0007", "\u001B[31m", "\u007F", "\u009B", "\u0090"],
        // Bidi controls and zero-width or invisible characters.
        ["\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069", "\u200E", "\u200F", "\u061C", "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u180E", "\u3164", "\u115F", "\uFE0F", "\U000E0041", "\u00AD"],
        // cmd.exe and PowerShell's specials.
        ["%", "%%", "%PATH%", "%1", "%~", "%*", "^", "^^", "&", "&&", "|", "||", "<", ">", ">>", "(", ")", "!", "!x!", "$", "$x", "$(calc)", "@(1)", "${x}", ";", "{", "}", "#", "<#", "#>", "\\", "\\\\", "\\\"", "-", "--%"],
        // nftables, Mermaid, DOT and Markdown syntax.
        ["}", "{", ";", "flush ruleset", "end", "subgraph", "graph", "style", "click", "-->", "---", "|", "[", "]", "#quot;", "#35;", "&amp;", "&lt;", "<b>", "<img src=x onerror=alert(1)>", "%%{init: {\"securityLevel\":\"loose\"}}%%", "\\N", "\\l", "*x*", "_x_", "~~x~~", "[a](http://x)", "$x$", "<!--", "-->"],
        // Non-ASCII letters whose UTF-8 bytes read as quotes in code page 1252 (U+0102 is C4 82: 0x82 is U+201A), emoji, lone surrogates.
        ["\u0102", "\u0112", "\u00E9", "\u65E5\u672C", "\U0001F600", "\uD800", "\uDC00", "\uD83D", "\u00A0", "\u3000"],
        // Known injections.
        [
            "HTTPS\u2019 -Description \u2019x\u2019; Start-Process calc.exe; New-NetFirewallRule -DisplayName \u2019Z",
            "x'; Start-Process calc.exe; '",
            "x\n}\n}\nflush ruleset\n",
            "x\" & calc.exe & rem \"",
            "x\" remoteip=any dir=out \"",
            "x\\",
            "\u0102'; Start-Process calc; '",
            "a\"]\n    evil[\"b",
            "a\"] -> \"evil\" [label=\"b",
        ],
    ];

    private static readonly Gen<string> Word = Gen.OneOf("SMTP", "Hub Transport server", "TLS", " ", "x", "https://learn.microsoft.com/a_b?c=1&d=2", "25/TCP", "Edge");

    private static readonly Gen<string> Piece = Gen.Frequency(
        (3, Word),
        (6, Gen.Int[0, Classes.Length - 1].SelectMany(c => Gen.OneOf(Classes[c]))),
        (1, Gen.Char.Array[1, 3].Select(chars => new string(chars))));

    /// <summary>Zero to eight pieces, mostly from the classes above.</summary>
    public static readonly Gen<string> Text = Piece.Array[0, 8].Select(pieces => string.Concat(pieces));

    /// <summary>
    /// The test's own statement of what must be escaped: characters that are not seen (controls, format characters,
    /// separators, surrogates, private use, unassigned, and the fillers and variation selectors that draw nothing)
    /// become <c>\uXXXX</c>, or <c>\UXXXXXXXX</c> above U+FFFF; with <paramref name="asciiOnly"/>, every non-ASCII one.
    /// </summary>
    public static string Visible(string text, bool asciiOnly = false)
    {
        var builder = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            var scalar = char.IsSurrogatePair(text, i) ? char.ConvertToUtf32(text[i], text[i + 1]) : text[i];
            var width = scalar > 0xFFFF ? 2 : 1;
            var category = CharUnicodeInfo.GetUnicodeCategory(scalar);
            var unseen = category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                    or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned
                || new[] { 0x034F, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x3164, 0xFFA0 }.Contains(scalar)
                || scalar is (>= 0x180B and <= 0x180F) or (>= 0xFE00 and <= 0xFE0F) or (>= 0xE0100 and <= 0xE01EF);
            if (unseen || (asciiOnly && scalar > 0x7E))
            {
                builder.Append(scalar > 0xFFFF ? "\\U" + scalar.ToString("X8", CultureInfo.InvariantCulture) : "\\u" + scalar.ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(text, i, width);
            }

            i += width;
        }

        return builder.ToString();
    }

    /// <summary>Whether any character of <paramref name="text"/> would have to be escaped to be seen.</summary>
    public static bool HasHidden(string text) => Visible(text) != text;
}
