using System.Collections.Generic;
using System.Text;

namespace ExchangePorts.Generators.Common;

/// <summary>
/// A catalog's text as it was read: its characters, the encoding it was read with (null when it came as a string),
/// and, made when a diagnostic first asks, where its lines start, with the line ends the C# compiler counts
/// (CR LF, CR, LF, NEL, U+2028, U+2029), so a position has the line and column a build prints for it.
/// </summary>
internal sealed class CatalogText(string content, Encoding? encoding = null)
{
    private int[]? _lineStarts;

    public string Content { get; } = content;

    public Encoding? Encoding { get; } = encoding;

    /// <summary>The 0-based line and column of a position.</summary>
    public (int Line, int Character) PositionOf(int position)
    {
        var starts = _lineStarts ??= LineStarts(Content);
        var line = System.Array.BinarySearch(starts, position);
        line = line >= 0 ? line : ~line - 1;
        return (line, position - starts[line]);
    }

    private static int[] LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
                starts.Add(i + 1);
            }
            else if (c is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029')
            {
                starts.Add(i + 1);
            }
        }

        return starts.ToArray();
    }
}
