using System.Collections.Generic;
using ExchangePorts.Generators.Model;

namespace ExchangePorts.Generators.Data;

/// <summary>
/// Reads <see cref="CatalogDataFormat"/> text back, for the analyzer. Group and entry names come back
/// unescaped, as C# symbols spell them (<c>class</c>, not <c>@class</c>). The text may come from a reference
/// built by another version of the generator, so anything unexpected is a <see langword="false"/>, never
/// an exception.
/// </summary>
internal struct CatalogDataReader
{
    private readonly string _text;
    private int _position;

    private CatalogDataReader(string text)
    {
        _text = text;
        _position = 0;
    }

    public static bool TryRead(string text, out PortEntrySpec[] entries)
    {
        entries = [];
        var reader = new CatalogDataReader(text);
        if (!reader.TryReadNumber(out var version) || version != CatalogDataFormat.Version ||
            !reader.TryReadNumber(out var stringCount))
        {
            return false;
        }

        var strings = new List<string>();
        for (var i = 0; i < stringCount; i++)
        {
            if (!reader.TryReadString(out var value))
            {
                return false;
            }

            strings.Add(value);
        }

        if (!reader.TryReadNumber(out var entryCount))
        {
            return false;
        }

        var result = new List<PortEntrySpec>();
        var fields = new int[CatalogDataFormat.FieldsPerEntry];
        for (var i = 0; i < entryCount; i++)
        {
            for (var f = 0; f < fields.Length; f++)
            {
                if (!reader.TryReadNumber(out fields[f]) || (f is not 3 and not 4 and not 5 && fields[f] >= strings.Count))
                {
                    return false;
                }
            }

            result.Add(new PortEntrySpec(
                strings[fields[0]], strings[fields[1]], strings[fields[2]], fields[3], fields[4], (PortTransport)fields[5], strings[fields[6]],
                strings[fields[7]], strings[fields[8]], strings[fields[9]], strings[fields[10]], strings[fields[11]], strings[fields[12]]));
        }

        entries = [.. result];
        return reader._position == text.Length;
    }

    private bool TryReadNumber(out int number) => TryReadDigits(CatalogDataFormat.Terminator, out number);

    private bool TryReadString(out string value)
    {
        value = string.Empty;
        if (!TryReadDigits(CatalogDataFormat.LengthSeparator, out var length) ||
            length > _text.Length - _position - 1 ||
            _text[_position + length] != CatalogDataFormat.Terminator)
        {
            return false;
        }

        value = _text.Substring(_position, length);
        _position += length + 1;
        return true;
    }

    private bool TryReadDigits(char end, out int number)
    {
        number = 0;
        var start = _position;
        while (_position < _text.Length && _text[_position] is >= '0' and <= '9' && _position - start < 9)
        {
            number = (number * 10) + (_text[_position++] - '0');
        }

        if (_position == start || _position >= _text.Length || _text[_position] != end)
        {
            return false;
        }

        _position++;
        return true;
    }
}
