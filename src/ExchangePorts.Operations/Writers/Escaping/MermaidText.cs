using System.Globalization;
using System.Text;

namespace ExchangePorts.Operations.Writers;

/// <summary>
/// Text in a Mermaid flowchart. Labels are quoted (<c>["..."]</c>, <c>|"..."|</c>) and written with numeric entities
/// for every character Mermaid or the HTML it renders labels into gives meaning to: the quote, <c>#</c> (which
/// starts an entity), <c>&amp; &lt; &gt;</c>, the backtick (a Markdown label) and <c>%</c> (<c>%%{init}%%</c>
/// directives). Node ids are made by the writer, never taken from the text.
/// </summary>
internal static class MermaidText
{
    /// <summary>A quoted label, quotes included.</summary>
    public static string Label(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in VisibleText.Escape(text))
        {
            if (c is '"' or '#' or '&' or '<' or '>' or '`' or '%')
            {
                builder.Append('#').Append(((int)c).ToString(CultureInfo.InvariantCulture)).Append(';');
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>
    /// The front matter's <c>title</c>, a YAML double-quoted scalar: <c>\</c> and <c>"</c> escaped, and <c>%</c> as
    /// <c>\x25</c>, so no directive appears in the file's text. Mermaid passes a title through an HTML sanitizer that
    /// shows <c>&lt; &gt; &amp;</c> as entities or drops what looks like a tag, so those are written visibly (<c>\u003C</c>).
    /// </summary>
    public static string Title(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in VisibleText.Escape(text))
        {
            builder.Append(c switch
            {
                '\\' => "\\\\",
                '"' => "\\\"",
                '%' => "\\x25",
                '<' or '>' or '&' => "\\\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }
}
