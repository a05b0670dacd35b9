using System.Text;

namespace ExchangePorts.Operations.Writers;

/// <summary>
/// Text in a Graphviz DOT file: a double-quoted string, which any text can be. <c>\</c> is written twice, so Graphviz
/// reads none of its label escapes (<c>\N</c>, <c>\l</c>) from the text; <c>"</c> is escaped; <c>&amp;</c> is written
/// <c>&amp;amp;</c>, as Graphviz reads entities in labels; no line end or control character is left in it.
/// </summary>
internal static class DotText
{
    /// <summary>A quoted ID or label, quotes included.</summary>
    public static string Quoted(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in VisibleText.Escape(text))
        {
            builder.Append(c switch
            {
                '\\' => "\\\\",
                '"' => "\\\"",
                '&' => "&amp;",
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }
}
