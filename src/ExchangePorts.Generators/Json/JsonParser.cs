using System;
using System.Globalization;
using System.Text;
using ExchangePorts.Generators.Common;
using ExchangePorts.Generators.Text;

namespace ExchangePorts.Generators.Json;

/// <summary>The first syntax error of a JSON text: what is wrong and where.</summary>
internal sealed record JsonSyntaxError(string Message, int Position);

/// <summary>
/// A strict RFC 8259 parser that keeps positions: no comments, no trailing commas, no single quotes,
/// no leading zeros, no unescaped control characters. A leading byte order mark is ignored. It stops
/// at the first error and returns what it read up to there, so complete entries can still be used.
/// </summary>
internal sealed partial class JsonParser
{
    /// <summary>Deep enough for any catalog, shallow enough that recursion can never overflow the stack.</summary>
    public const int MaxDepth = 64;

    private readonly string _text;
    private int _position;

    private Func<JsonNode, JsonNode, JsonNode, bool>? _keepItem;

    // Hand-written files (a probe's topology) take // and /* */ comments and trailing commas; catalogs do not.
    private bool _lenient;
    private JsonNode? _root;

    // Names and values repeat from entry to entry ("group", "TLS", a source): one string each.
    private readonly FieldStringCache _strings = new();

    private JsonParser(string text) => _text = text;

    /// <param name="keepItem">
    /// Called with the root, the array and the item when an array item has been read; false lets the item go
    /// (the caller has taken what it needs), so that the tree of a large document is never whole.
    /// </param>
    /// <param name="lenient">Whether comments and trailing commas are taken, as System.Text.Json's options allow.</param>
    public static (JsonNode? Root, JsonSyntaxError? Error) Parse(string text, Func<JsonNode, JsonNode, JsonNode, bool>? keepItem = null, bool lenient = false)
    {
        var parser = new JsonParser(text) { _keepItem = keepItem, _lenient = lenient };
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
    private JsonNode ParseValue(int depth, JsonNode? parent, (string Text, SourceSpan Span) name, Action<JsonNode>? onRoot = null)
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
            if (_lenient && afterComma && TryConsume('}'))
            {
                return Close(node);
            }

            if (_position >= _text.Length || _text[_position] != '"')
            {
                Unexpected("a property name in double quotes", afterComma ? '}' : null);
            }

            var nameStart = _position;
            var name = ParseStringText();
            var nameSpan = SourceSpan.FromBounds(nameStart, _position);
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
            if (_lenient && afterComma && TryConsume(']'))
            {
                return Close(node);
            }

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
}
