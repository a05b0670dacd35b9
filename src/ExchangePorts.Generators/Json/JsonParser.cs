using System;
using System.Globalization;
using System.Text;
using ExchangePorts.Generators.Text;
using Microsoft.CodeAnalysis.Text;

namespace ExchangePorts.Generators.Json;

/// <summary>The first syntax error of a JSON text: what is wrong and where.</summary>
internal sealed record JsonSyntaxError(string Message, int Position);

/// <summary>
/// A strict RFC 8259 parser that keeps positions: no comments, no trailing commas, no single quotes,
/// no leading zeros, no unescaped control characters. A leading byte order mark is ignored. It stops
/// at the first error and returns what it read up to there, so complete entries can still be used.
/// </summary>
internal sealed class JsonParser
{
    /// <summary>Deep enough for any catalog, shallow enough that recursion can never overflow the stack.</summary>
    public const int MaxDepth = 64;

    private readonly string _text;
    private int _position;

    private Func<JsonNode, JsonNode, JsonNode, bool>? _keepItem;
    private JsonNode? _root;

    // Names and values repeat from entry to entry ("group", "TLS", a source): one string each.
    private readonly FieldStringCache _strings = new();

    private JsonParser(string text) => _text = text;

    /// <param name="keepItem">
    /// Called with the root, the array and the item when an array item has been read; false lets the item go
    /// (the caller has taken what it needs), so that the tree of a large document is never whole.
    /// </param>
    public static (JsonNode? Root, JsonSyntaxError? Error) Parse(string text, Func<JsonNode, JsonNode, JsonNode, bool>? keepItem = null)
    {
        var parser = new JsonParser(text) { _keepItem = keepItem };
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            parser._position = 1;
        }

        JsonNode? root = null;
        try
        {
            parser.SkipWhitespace();
            root = parser.ParseValue(depth: 0, parent: null, name: default, onRoot: node => root = parser._root = node);
            parser.SkipWhitespace();
            if (parser._position < text.Length)
            {
                parser.Fail("unexpected " + parser.Describe(parser._position) + " after the end of the JSON value");
            }

            return (root, null);
        }
        catch (JsonSyntaxException exception)
        {
            return (root, exception.Error);
        }
    }

    /// <summary>
    /// Parses a value and attaches it to its parent (an array's item, or an object's property of
    /// <paramref name="name"/>) as soon as it starts, so that a document cut short still shows it.
    /// </summary>
    private JsonNode ParseValue(int depth, JsonNode? parent, (string Text, TextSpan Span) name, Action<JsonNode>? onRoot = null)
    {
        // A local function never turned into a delegate: its captures stay on the stack.
        JsonNode Attached(JsonNode node)
        {
            Attach(node);
            return node;
        }

        void Attach(JsonNode node)
        {
            if (parent is null)
            {
                onRoot!(node);
            }
            else if (parent.Kind == JsonKind.Array)
            {
                parent.Items.Add(node);
            }
            else
            {
                parent.Properties.Add(new JsonProperty(name.Text, name.Span, node));
            }
        }

        if (depth > MaxDepth)
        {
            Fail("values are nested more than " + MaxDepth + " levels deep");
        }

        if (_position >= _text.Length)
        {
            Fail("the JSON text ends where a value was expected");
        }

        switch (_text[_position])
        {
            case '{':
            {
                var node = new JsonNode(JsonKind.Object, _position++);
                Attach(node);
                return ParseObject(depth, node);
            }

            case '[':
            {
                var node = new JsonNode(JsonKind.Array, _position++);
                Attach(node);
                return ParseArray(depth, node);
            }

            case '"':
            {
                var start = _position;
                var node = new JsonNode(JsonKind.String, start) { Text = ParseStringText() };
                Attach(node);
                return Close(node);
            }

            case 't': return Attached(Literal("true", JsonKind.True));
            case 'f': return Attached(Literal("false", JsonKind.False));
            case 'n': return Attached(Literal("null", JsonKind.Null));
            default:
                if (_text[_position] == '-' || IsDigit(_text[_position]))
                {
                    return Attached(ParseNumber());
                }

                Unexpected("a value");
                return null!;
        }
    }

    private JsonNode ParseObject(int depth, JsonNode node)
    {
        SkipWhitespace();
        if (TryConsume('}'))
        {
            return Close(node);
        }

        var afterComma = false;
        while (true)
        {
            SkipWhitespace();
            if (_position >= _text.Length || _text[_position] != '"')
            {
                Unexpected("a property name in double quotes", afterComma ? '}' : null);
            }

            var nameStart = _position;
            var name = ParseStringText();
            var nameSpan = TextSpan.FromBounds(nameStart, _position);
            SkipWhitespace();
            Expect(':', "after a property name");
            SkipWhitespace();
            ParseValue(depth + 1, node, (name, nameSpan));
            SkipWhitespace();
            if (TryConsume('}'))
            {
                return Close(node);
            }

            Expect(',', "or '}' after a property value");
            afterComma = true;
        }
    }

    private JsonNode ParseArray(int depth, JsonNode node)
    {
        SkipWhitespace();
        if (TryConsume(']'))
        {
            return Close(node);
        }

        var afterComma = false;
        while (true)
        {
            SkipWhitespace();
            if (afterComma && _position < _text.Length && _text[_position] == ']')
            {
                Unexpected("a value", ']');
            }

            var item = ParseValue(depth + 1, node, default);
            if (_keepItem is not null && !_keepItem(_root!, node, item))
            {
                node.Items.RemoveAt(node.Items.Count - 1);
            }

            SkipWhitespace();
            if (TryConsume(']'))
            {
                return Close(node);
            }

            Expect(',', "or ']' after an array item");
            afterComma = true;
        }
    }

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

            if (c == '\\' || c < ' ')
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
                case 'u': builder.Append(ParseHexEscape(escape)); break;
                default: Fail("'\\" + _text[_position - 1] + "' is not a JSON escape; use \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\uXXXX", escape); break;
            }
        }

        return builder.ToString();
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
        while (_position < _text.Length && _text[_position] is ' ' or '\t' or '\n' or '\r')
        {
            _position++;
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
