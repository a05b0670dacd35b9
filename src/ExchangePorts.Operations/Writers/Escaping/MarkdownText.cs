using System.Text;

namespace ExchangePorts.Operations.Writers;

/// <summary>
/// Text in a cell of a Markdown table (GitHub's): every ASCII character Markdown, GitHub's extensions or the HTML
/// inside Markdown give meaning to is escaped with <c>\</c>, <c>|</c> included (it would end the cell); <c>&amp;</c>
/// and <c>&lt;</c> as entities; no line end is left in it.
/// </summary>
internal static class MarkdownText
{
    public static string Cell(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in VisibleText.Escape(text))
        {
            switch (c)
            {
                case '&':
                    builder.Append("&amp;");
                    break;
                case '<':
                    builder.Append("&lt;");
                    break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '>' or '|' or '~' or '$':
                    builder.Append('\\').Append(c);
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }
}
