using System;
using System.Globalization;
using System.Text;
using ExchangePorts.Generators.Common;
using ExchangePorts.Generators.Text;

namespace ExchangePorts.Generators.Json;

// The parser's tokens (strings, numbers, literals) and how it reports the first error.
internal sealed partial class JsonParser
{
    /// <summary>Reads the string that starts at the current quote and returns its unescaped text.</summary>
    private string ParseStringText()
    {
        var start = _position++;

        // Most strings have no escape: the characters up to the closing quote, from the cache.
        for (var i = _position; i < _text.Length; i++)
        {
            var c = _text[i];
            if (c == '"')
            {
                var text = _strings.Get(_text, _position, i - _position);
                _position = i + 1;
                return text;
            }

            if (c == '\\' || c < ' ' || char.IsSurrogate(c))
            {
                break;
            }
        }

        var builder = new StringBuilder();
        while (true)
        {
            if (_position >= _text.Length)
            {
                Fail("this string has no closing quote", start);
            }

            var c = _text[_position];
            if (c == '"')
            {
                _position++;
                break;
            }

            if (c < ' ')
            {
                Fail("a control character (U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) + ") must be escaped in a string; a line break is written \\n");
            }

            if (c != '\\')
            {
                if (char.IsSurrogate(c) && !char.IsSurrogatePair(_text, char.IsHighSurrogate(c) ? _position : _position - 1))
                {
                    Fail("U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) + " is half of a surrogate pair, not a character");
                }

                builder.Append(c);
                _position++;
                continue;
            }

            var escape = _position;
            if (++_position >= _text.Length)
            {
                Fail("this string has no closing quote", start);
            }

            switch (_text[_position++])
            {
                case '"': builder.Append('"'); break;
                case '\\': builder.Append('\\'); break;
                case '/': builder.Append('/'); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'u': ParseCharacterEscape(escape, builder); break;
                default: Fail("'\\" + _text[_position - 1] + "' is not a JSON escape; use \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\uXXXX", escape); break;
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// A <c>\uXXXX</c> escape, or two for a character above U+FFFF. Half a pair alone is refused: it is no character,
    /// UTF-8 cannot hold it and JSON readers such as System.Text.Json refuse it (I-JSON, RFC 7493).
    /// </summary>
    private void ParseCharacterEscape(int escape, StringBuilder builder)
    {
        var c = ParseHexEscape(escape);
        if (char.IsHighSurrogate(c) && _position + 1 < _text.Length && _text[_position] == '\\' && _text[_position + 1] == 'u')
        {
            var next = _position;
            _position += 2;
            var low = ParseHexEscape(next);
            if (char.IsLowSurrogate(low))
            {
                builder.Append(c).Append(low);
                return;
            }

            _position = next;
        }

        if (char.IsSurrogate(c))
        {
            Fail("\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture) + " is half of a surrogate pair, not a character; a character above U+FFFF is two escapes, such as \\ud83d\\ude00", escape);
        }

        builder.Append(c);
    }

    private char ParseHexEscape(int escape)
    {
        if (_position + 4 > _text.Length || !IsHex(_text, _position, 4))
        {
            Fail("\\u must be followed by four hexadecimal digits", escape);
        }

        var code = int.Parse(_text.Substring(_position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
        _position += 4;
        return (char)code;
    }

    private JsonNode ParseNumber()
    {
        var start = _position;
        TryConsume('-');
        if (TryConsume('0'))
        {
            if (_position < _text.Length && IsDigit(_text[_position]))
            {
                Fail("a number cannot have a leading zero", start);
            }
        }
        else if (!ConsumeDigits())
        {
            Fail("expected a digit, found " + Describe(_position));
        }

        if (TryConsume('.') && !ConsumeDigits())
        {
            Fail("expected a digit after the decimal point, found " + Describe(_position));
        }

        if (_position < _text.Length && (_text[_position] == 'e' || _text[_position] == 'E'))
        {
            _position++;
            if (!TryConsume('+'))
            {
                TryConsume('-');
            }

            if (!ConsumeDigits())
            {
                Fail("expected a digit in the exponent, found " + Describe(_position));
            }
        }

        var node = new JsonNode(JsonKind.Number, start) { Text = _strings.Get(_text, start, _position - start) };
        return Close(node);
    }

    private JsonNode Literal(string literal, JsonKind kind)
    {
        if (string.CompareOrdinal(_text, _position, literal, 0, literal.Length) != 0)
        {
            Unexpected("a value");
        }

        var node = new JsonNode(kind, _position);
        _position += literal.Length;
        return Close(node);
    }

    private JsonNode Close(JsonNode node)
    {
        node.End = _position;
        node.IsComplete = true;
        return node;
    }

    private bool ConsumeDigits()
    {
        var start = _position;
        while (_position < _text.Length && IsDigit(_text[_position]))
        {
            _position++;
        }

        return _position > start;
    }

    private void Expect(char expected, string context)
    {
        if (!TryConsume(expected))
        {
            Unexpected("'" + expected + "' " + context);
        }
    }

    /// <summary>Fails with what was expected, and a hint for the mistakes people make most with JSON.</summary>
    /// <param name="closerAfterComma">The closing bracket that, found here, means a trailing comma.</param>
    private void Unexpected(string expected, char? closerAfterComma = null)
    {
        var found = _position < _text.Length ? _text[_position] : '\0';
        var hint =
            closerAfterComma is { } closer && found == closer ? "; a trailing comma is not allowed before '" + closer + "'" :
            found == '/' ? "; comments are not allowed in JSON" :
            found == '\'' ? "; strings and property names are written in double quotes" :
            string.Empty;
        Fail("expected " + expected + ", found " + Describe(_position) + hint);
    }

    private bool TryConsume(char expected)
    {
        if (_position < _text.Length && _text[_position] == expected)
        {
            _position++;
            return true;
        }

        return false;
    }

    private void SkipWhitespace()
    {
        while (true)
        {
            while (_position < _text.Length && _text[_position] is ' ' or '\t' or '\n' or '\r')
            {
                _position++;
            }

            if (!_lenient || _position + 1 >= _text.Length || _text[_position] != '/' || _text[_position + 1] is not ('/' or '*'))
            {
                return;
            }

            if (_text[_position + 1] == '/')
            {
                var end = _text.IndexOf('\n', _position);
                _position = end < 0 ? _text.Length : end;
            }
            else
            {
                var end = _text.IndexOf("*/", _position + 2, StringComparison.Ordinal);
                if (end < 0)
                {
                    Fail("a comment that starts here is never closed");
                }

                _position = end + 2;
            }
        }
    }

    private string Describe(int position)
    {
        if (position >= _text.Length)
        {
            return "the end of the text";
        }

        var c = _text[position];
        return c < ' ' || char.IsWhiteSpace(c) || char.IsControl(c) || char.IsSurrogate(c)
            ? "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture)
            : "'" + c + "'";
    }

    private void Fail(string message, int? position = null) =>
        throw new JsonSyntaxException(new JsonSyntaxError(message, Math.Min(position ?? _position, _text.Length)));

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    private static bool IsHex(string text, int start, int length)
    {
        for (var i = start; i < start + length; i++)
        {
            if (!(IsDigit(text[i]) || text[i] is >= 'a' and <= 'f' or >= 'A' and <= 'F'))
            {
                return false;
            }
        }

        return true;
    }

    // Control flow for the first error only; never escapes Parse.
    private sealed class JsonSyntaxException(JsonSyntaxError error) : Exception(error.Message)
    {
        public JsonSyntaxError Error { get; } = error;
    }
}
