using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ExchangePorts.Tool.Escaping;

/// <summary>
/// JSON text, indented by two spaces as <c>Utf8JsonWriter</c> indents it, escaping what JSON requires (the quote,
/// the backslash, control characters, lone surrogates) and every character <see cref="VisibleText"/> hides, so a
/// reader of the file sees them and a parser reads back exactly the text. System.Text.Json's escaper takes about 25 ms to start
/// in a fresh process, a tenth of a whole probe's run, and escapes <c>'</c>, <c>+</c>, <c>&amp;</c> and every
/// non-ASCII letter, which scripts do not need and people read worse.
/// </summary>
internal sealed class JsonText
{
    private readonly StringBuilder text = new();

    // One entry per open object or array: whether it has an item yet.
    private readonly Stack<bool> open = new();

    public JsonText StartObject(string? name = null) => Open(name, '{');

    public JsonText EndObject() => Close('}');

    public JsonText StartArray(string? name = null) => Open(name, '[');

    public JsonText EndArray() => Close(']');

    public JsonText String(string? name, string? value)
    {
        Item(name);
        if (value is null)
        {
            text.Append("null");
        }
        else
        {
            Quote(value);
        }

        return this;
    }

    public JsonText Number(string name, long value)
    {
        Item(name);
        text.Append(value.ToString(CultureInfo.InvariantCulture));
        return this;
    }

    public JsonText Boolean(string name, bool? value)
    {
        Item(name);
        text.Append(value switch { true => "true", false => "false", null => "null" });
        return this;
    }

    public JsonText Strings(string name, IEnumerable<string> values)
    {
        StartArray(name);
        foreach (var value in values)
        {
            String(null, value);
        }

        return EndArray();
    }

    /// <summary>The text, ending with a line break.</summary>
    public override string ToString() => text.ToString() + "\n";

    private JsonText Open(string? name, char bracket)
    {
        Item(name);
        text.Append(bracket);
        open.Push(false);
        return this;
    }

    private JsonText Close(char bracket)
    {
        if (open.Pop())
        {
            NewLine();
        }

        text.Append(bracket);
        return this;
    }

    private void Item(string? name)
    {
        if (open.Count > 0)
        {
            if (open.Pop())
            {
                text.Append(',');
            }

            open.Push(true);
            NewLine();
        }

        if (name is not null)
        {
            Quote(name);
            text.Append(": ");
        }
    }

    private void NewLine() => text.Append('\n').Append(' ', open.Count * 2);

    private void Quote(string value)
    {
        text.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"':
                    text.Append("\\\"");
                    break;
                case '\\':
                    text.Append("\\\\");
                    break;
                case '\n':
                    text.Append("\\n");
                    break;
                case '\r':
                    text.Append("\\r");
                    break;
                case '\t':
                    text.Append("\\t");
                    break;
                default:
                    var pair = char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]);
                    if (pair && VisibleText.IsHidden(char.ConvertToUtf32(c, value[i + 1])))
                    {
                        Escape(c);
                        Escape(value[++i]);
                    }
                    else if (pair)
                    {
                        text.Append(c).Append(value[++i]);
                    }
                    else if (c < ' ' || char.IsSurrogate(c) || VisibleText.IsHidden(c))
                    {
                        Escape(c);
                    }
                    else
                    {
                        text.Append(c);
                    }

                    break;
            }
        }

        text.Append('"');
    }

    private void Escape(char c) => text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
}
