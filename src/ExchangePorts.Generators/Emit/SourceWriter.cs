using System.Text;

namespace ExchangePorts.Generators.Emit;

/// <summary>
/// A minimal indented text writer; lines always end in <c>\n</c> so output is identical on every OS.
/// A line can also be written in parts (<see cref="StartLine"/>, <see cref="Append(string)"/>,
/// <see cref="EndLine"/>): a 100,000-row catalog is millions of characters, and building each line
/// as a string first would copy them all twice.
/// </summary>
internal sealed class SourceWriter
{
    private const string IndentUnit = "    ";

    // Most lines are written at a few levels: one append of a cached string each, not one per level.
    private static readonly string[] Indentations = [string.Empty, IndentUnit, IndentUnit + IndentUnit, IndentUnit + IndentUnit + IndentUnit];
    // A documentation line longer than this is wrapped at spaces: a tooltip does not care, a reader pressing F12 does.
    private const int MaxDocLineLength = 120;

    private readonly StringBuilder _builder = new();
    private int _indent;
    private int _lineStart;

    public void WriteLine(string line) => StartLine().Append(line).EndLine();

    public void WriteLine() => EndLine();

    /// <summary>Writes a line at column 0, as preprocessor directives read best.</summary>
    public void WriteUnindentedLine(string line)
    {
        _lineStart = _builder.Length;
        _builder.Append(line);
        EndLine();
    }

    /// <summary>Starts a line at the current indentation; finish it with <see cref="EndLine"/>.</summary>
    public SourceWriter StartLine()
    {
        _lineStart = _builder.Length;
        if (_indent > 0)
        {
            _builder.Append(Indentation(_indent));
        }

        return this;
    }

    public SourceWriter Append(string text)
    {
        _builder.Append(text);
        return this;
    }

    public SourceWriter Append(char c)
    {
        _builder.Append(c);
        return this;
    }

    /// <summary>Appends a number in invariant digits, without the string that <c>ToString</c> would allocate.</summary>
    public SourceWriter Append(int number)
    {
        InvariantNumber.Append(_builder, number);
        return this;
    }

    /// <summary>Lets the writer of a large part (a catalog's data) append to the output without a string of it first.</summary>
    public SourceWriter Append(System.Action<StringBuilder> write)
    {
        write(_builder);
        return this;
    }

    /// <summary>Ends the line; a long documentation line (<c>/// …</c>) is wrapped into several first.</summary>
    public void EndLine()
    {
        if (_builder.Length - _lineStart > MaxDocLineLength)
        {
            WrapDocumentationLine();
        }

        _builder.Append('\n');
        _lineStart = _builder.Length;
    }

    /// <summary>
    /// Breaks the line just written at spaces outside XML tags, each part after the same <c>///</c> prefix,
    /// if it is a documentation line. Only long lines pay for it (a copy of the line).
    /// </summary>
    private void WrapDocumentationLine()
    {
        var indentation = 0;
        while (_lineStart + indentation < _builder.Length && _builder[_lineStart + indentation] == ' ')
        {
            indentation++;
        }

        var prefixEnd = _lineStart + indentation + 4;
        if (prefixEnd > _builder.Length || _builder.ToString(_lineStart + indentation, 4) != "/// ")
        {
            return;
        }

        var prefix = _builder.ToString(_lineStart, indentation + 4);
        var text = _builder.ToString(prefixEnd, _builder.Length - prefixEnd);
        _builder.Length = prefixEnd;
        var column = 0;
        var wordStart = 0;
        var inTag = false;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length)
            {
                inTag = text[i] == '<' || (inTag && text[i] != '>');
                if (text[i] != ' ' || inTag)
                {
                    continue;
                }
            }

            // A word ends here: start a new line before it if it would pass the width.
            var word = i - wordStart;
            if (column > 0 && column + 1 + word > MaxDocLineLength - prefix.Length)
            {
                _builder.Append('\n').Append(prefix);
                column = 0;
            }
            else if (column > 0)
            {
                _builder.Append(' ');
                column++;
            }

            _builder.Append(text, wordStart, word);
            column += word;
            wordStart = i + 1;
        }
    }

    public void OpenBlock()
    {
        WriteLine("{");
        _indent++;
    }

    public void CloseBlock(string suffix = "")
    {
        _indent--;
        StartLine().Append('}').Append(suffix).EndLine();
    }

    public override string ToString() => _builder.ToString();

    private static string Indentation(int level) =>
        level < Indentations.Length ? Indentations[level] : new string(' ', level * IndentUnit.Length);
}
