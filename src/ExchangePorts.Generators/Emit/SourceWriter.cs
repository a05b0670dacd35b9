using System.Text;

namespace ExchangePorts.Generators.Emit;

/// <summary>A minimal indented text writer; lines always end in <c>\n</c> so output is identical on every OS.</summary>
internal sealed class SourceWriter
{
    private const string IndentUnit = "    ";
    private readonly StringBuilder _builder = new();
    private int _indent;

    public void WriteLine(string line)
    {
        for (var i = 0; i < _indent; i++)
        {
            _builder.Append(IndentUnit);
        }

        _builder.Append(line).Append('\n');
    }

    public void WriteLine() => _builder.Append('\n');

    /// <summary>Writes a line at column 0, as preprocessor directives read best.</summary>
    public void WriteUnindentedLine(string line) => _builder.Append(line).Append('\n');

    public void OpenBlock()
    {
        WriteLine("{");
        _indent++;
    }

    public void CloseBlock(string suffix = "")
    {
        _indent--;
        WriteLine("}" + suffix);
    }

    public override string ToString() => _builder.ToString();
}
