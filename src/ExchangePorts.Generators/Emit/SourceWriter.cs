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
    private readonly StringBuilder _builder = new();
    private int _indent;

    public void WriteLine(string line) => StartLine().Append(line).EndLine();

    public void WriteLine() => _builder.Append('\n');

    /// <summary>Writes a line at column 0, as preprocessor directives read best.</summary>
    public void WriteUnindentedLine(string line) => _builder.Append(line).Append('\n');

    /// <summary>Starts a line at the current indentation; finish it with <see cref="EndLine"/>.</summary>
    public SourceWriter StartLine()
    {
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

    public void EndLine() => _builder.Append('\n');

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
