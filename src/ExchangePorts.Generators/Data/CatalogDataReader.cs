using System.Collections.Generic;
using ExchangePorts.Generators.Model;

namespace ExchangePorts.Generators.Data;

/// <summary>
/// Reads <see cref="CatalogDataFormat"/> text back, for the analyzer and for the generator's comparison with a
/// referenced catalog. The text may come from a reference built by another version of the generator, so
/// anything unexpected is a <see langword="false"/>, never an exception.
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

    public static bool TryRead(string text, out PortEntrySpec[] entries) => TryRead(text, out entries, out _);

    /// <param name="otherNames">The other written names of merged rows, with the index of their entry.</param>
    public static bool TryRead(string text, out PortEntrySpec[] entries, out OtherWrittenName[] otherNames)
    {
        entries = [];
        otherNames = [];
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

        var table = strings.ToArray();
        if (!reader.TryReadNumber(out var entryCount))
        {
            return false;
        }

        var result = new List<PortEntrySpec>();
        var fields = new int[EntryFields.Count];
        for (var i = 0; i < entryCount; i++)
        {
            for (var f = 0; f < fields.Length; f++)
            {
                if (!reader.TryReadNumber(out fields[f]) ||
                    (EntryFields.KindOf((EntryField)f) == EntryFieldKind.Text && fields[f] >= table.Length))
                {
                    return false;
                }
            }

            result.Add(EntryFields.Read(fields, table));
        }

        if (!reader.TryReadNumber(out var otherCount))
        {
            return false;
        }

        var others = new List<OtherWrittenName>();
        for (var i = 0; i < otherCount; i++)
        {
            if (!reader.TryReadNumber(out var entry) || entry >= result.Count ||
                !reader.TryReadNumber(out var name) || name >= table.Length)
            {
                return false;
            }

            others.Add(new OtherWrittenName(entry, table[name]));
        }

        entries = [.. result];
        otherNames = [.. others];
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
