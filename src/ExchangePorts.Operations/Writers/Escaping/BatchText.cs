using System.Text;

namespace ExchangePorts.Operations.Writers;

/// <summary>
/// Text in a batch file that cmd.exe runs (netsh commands). Batch files are ASCII: cmd reads them in the console's
/// code page, where a UTF-8 byte can be the lead byte of a double-byte character that swallows the next one. cmd
/// expands <c>%</c> in every line, before it reads quotes or <c>rem</c>; outside double quotes it gives meaning to
/// <c>^ &amp; | &lt; &gt; ( )</c> and <c>"</c>; the file turns delayed expansion (<c>!</c>) off.
/// </summary>
internal static class BatchText
{
    /// <summary>What a batch file runs first: no command echoed, and <c>!</c> never expanded.</summary>
    public const string Preamble = "@echo off\r\nsetlocal EnableExtensions DisableDelayedExpansion\r\n";

    /// <summary>
    /// A double-quoted argument value, <c>"..."</c>, of at most <paramref name="maxLength"/> characters before quoting (a
    /// line of cmd holds 8,191). Inside quotes cmd reads only <c>%</c>, written twice. A quote cannot be escaped inside a
    /// quoted value and becomes <c>'</c>. The C runtime that splits netsh's arguments reads backslashes before a quote
    /// as escapes, so a run of them at the end is written twice.
    /// </summary>
    public static string Quoted(string text, int maxLength = 1024)
    {
        var visible = Shorten(VisibleText.Escape(text, asciiOnly: true).Replace('"', '\''), maxLength);
        var builder = new StringBuilder(visible.Length + 8).Append('"');
        foreach (var c in visible)
        {
            builder.Append(c == '%' ? "%%" : c.ToString());
        }

        var trailing = 0;
        while (trailing < visible.Length && visible[visible.Length - 1 - trailing] == '\\')
        {
            trailing++;
        }

        return builder.Append('\\', trailing).Append('"').ToString();
    }

    /// <summary>
    /// A remark line, <c>rem ...</c>: <c>%</c> written twice and every character cmd gives meaning to escaped with
    /// <c>^</c>, so no part of it is read as a command and no line ends in a <c>^</c> that would join the next.
    /// </summary>
    public static string Remark(string text, int maxLength = 2000)
    {
        var visible = Shorten(VisibleText.Escape(text, asciiOnly: true), maxLength);
        var builder = new StringBuilder(visible.Length + 8).Append("rem ");
        foreach (var c in visible)
        {
            switch (c)
            {
                case '%':
                    builder.Append("%%");
                    break;
                case '^' or '&' or '|' or '<' or '>' or '(' or ')' or '"':
                    builder.Append('^').Append(c);
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }

    private static string Shorten(string text, int maxLength) => text.Length <= maxLength ? text : text.Substring(0, maxLength - 3) + "...";
}
