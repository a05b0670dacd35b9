using System.Collections.Generic;
using System.Text;
using ExchangePorts.Generators.Common;

namespace ExchangePorts.Generators.Text;

/// <summary>One field of a CSV record: its unescaped value and where it stands in the text.</summary>
/// <param name="Span">The field as written, quotes included, surrounding blanks excluded.</param>
internal readonly record struct CsvField(string Value, SourceSpan Span);

internal enum CsvErrorKind
{
    UnterminatedQuotedField,
    TextAfterClosingQuote,
}

/// <summary>A syntax error of the CSV text at <see cref="Position"/>.</summary>
internal readonly record struct CsvError(CsvErrorKind Kind, int Position);

/// <summary>
/// An RFC 4180 reader that keeps positions: quoted fields with commas, doubled quotes and line breaks;
/// CRLF, LF or CR line ends; a leading byte order mark. Lenient where that loses nothing: blanks around
/// a field are dropped and blank lines are skipped.
/// Reads one record at a time into the caller's list, so a large file is never held as records.
/// </summary>
internal sealed class CsvReader
{
    private readonly string _text;
    private readonly StringBuilder _builder = new();
    private readonly FieldStringCache _strings = new();
    private int _position;

    public CsvReader(string text)
    {
        _text = text;
        _position = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
    }

    /// <summary>Syntax errors met so far; a record that has one is read as malformed.</summary>
    public List<CsvError> Errors { get; } = [];

    /// <summary>Reads the next record's fields into <paramref name="fields"/> (cleared first).</summary>
    /// <param name="start">Where the record starts.</param>
    /// <param name="malformed">The record has a syntax error (in <see cref="Errors"/>) and must be skipped.</param>
    /// <returns>False at the end of the text.</returns>
    public bool TryReadRecord(List<CsvField> fields, out int start, out bool malformed)
    {
        fields.Clear();
        malformed = false;
        while (TrySkipBlankLine())
        {
        }

        start = _position;
        if (_position >= _text.Length)
        {
            return false;
        }

        while (true)
        {
            SkipBlanks(ref _position);
            fields.Add(_position < _text.Length && _text[_position] == '"' ? ReadQuotedField(ref malformed) : ReadPlainField());
            if (_position < _text.Length && _text[_position] == ',')
            {
                _position++;
                continue;
            }

            SkipLineBreak();
            return true;
        }
    }

    private CsvField ReadQuotedField(ref bool malformed)
    {
        var text = _text;
        var start = _position++;

        // Most quoted fields hold no doubled quote: then the value is a slice of the text.
        var close = text.IndexOf('"', _position);
        string value;
        if (close >= 0 && (close + 1 >= text.Length || text[close + 1] != '"'))
        {
            value = _strings.Get(text, _position, close - _position);
            _position = close + 1;
        }
        else if (!TryUnescapeQuotedField(out value))
        {
            // Everything up to the end is swallowed by the open quote: report it where it opened.
            Errors.Add(new CsvError(CsvErrorKind.UnterminatedQuotedField, start));
            malformed = true;
            return new CsvField(value, SourceSpan.FromBounds(start, _position));
        }

        var end = _position;
        SkipBlanks(ref _position);
        if (_position < text.Length && !IsFieldEnd(text[_position]))
        {
            Errors.Add(new CsvError(CsvErrorKind.TextAfterClosingQuote, _position));
            malformed = true;
            while (_position < text.Length && !IsFieldEnd(text[_position]))
            {
                _position++;
            }
        }

        return new CsvField(value, SourceSpan.FromBounds(start, end));
    }

    /// <summary>Reads a quoted field's value past its closing quote; false when the text ends first.</summary>
    private bool TryUnescapeQuotedField(out string value)
    {
        var text = _text;
        _builder.Clear();
        while (_position < text.Length)
        {
            var c = text[_position++];
            if (c != '"')
            {
                _builder.Append(c);
            }
            else if (_position < text.Length && text[_position] == '"')
            {
                _builder.Append('"');
                _position++;
            }
            else
            {
                value = _builder.ToString();
                return true;
            }
        }

        value = _builder.ToString();
        return false;
    }

    private CsvField ReadPlainField()
    {
        var text = _text;
        var start = _position;
        var end = text.IndexOfAny(FieldEnds, start);
        _position = end = end < 0 ? text.Length : end;
        while (end > start && IsBlank(text[end - 1]))
        {
            end--;
        }

        return new CsvField(_strings.Get(text, start, end - start), SourceSpan.FromBounds(start, end));
    }

    private bool TrySkipBlankLine()
    {
        var scan = _position;
        SkipBlanks(ref scan);
        if (scan >= _text.Length || (_text[scan] != '\r' && _text[scan] != '\n'))
        {
            // Blanks before the end of the text end the records, as a blank line would.
            if (scan >= _text.Length)
            {
                _position = scan;
            }

            return false;
        }

        _position = scan;
        SkipLineBreak();
        return true;
    }

    private void SkipLineBreak()
    {
        if (_position < _text.Length && _text[_position] == '\r')
        {
            _position++;
        }

        if (_position < _text.Length && _text[_position] == '\n')
        {
            _position++;
        }
    }

    private void SkipBlanks(ref int position)
    {
        while (position < _text.Length && IsBlank(_text[position]))
        {
            position++;
        }
    }

    private static readonly char[] FieldEnds = [',', '\r', '\n'];

    private static bool IsBlank(char c) => c is ' ' or '\t';

    private static bool IsFieldEnd(char c) => c is ',' or '\r' or '\n';
}
