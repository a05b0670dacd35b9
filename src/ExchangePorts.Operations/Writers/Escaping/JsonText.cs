using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace ExchangePorts.Operations.Writers;

/// <summary>
/// JSON text, indented by two spaces as <c>Utf8JsonWriter</c> indents it, escaping what JSON requires (the quote,
/// the backslash, control characters, lone surrogates) and every character <see cref="VisibleText"/> hides, so a
/// reader of the file sees them and a parser reads back exactly the text. System.Text.Json's escaper takes about 25 ms to start
/// in a fresh process, a tenth of a whole probe's run, and escapes <c>'</c>, <c>+</c>, <c>&amp;</c> and every
/// non-ASCII letter, which scripts do not need and people read worse.
/// </summary>
internal sealed class JsonText
{
    // Where the text goes: a file or standard output as it is made, or a string.
    private readonly TextWriter text;

    /// <summary>JSON text to be read back with <see cref="ToString"/>.</summary>
    public JsonText()
        : this(new StringWriter(CultureInfo.InvariantCulture))
    {
    }

    /// <summary>JSON text written to <paramref name="writer"/> as it is made; <see cref="End"/> finishes it.</summary>
    public JsonText(TextWriter writer) => text = writer;

    // One entry per open object or array, to the depth open: whether it has an item yet.
    private bool[] open = new bool[8];
    private int depth;

    // A line break and the indentation of each depth, and each property name quoted, made once: a million entries
    // write them tens of millions of times.
    private readonly List<string> newLines = ["\n"];
    private readonly Dictionary<string, string> names = new(StringComparer.Ordinal);
    private char[] runBuffer = new char[256];

    public JsonText StartObject(string? name = null) => Open(name, '{');

    public JsonText EndObject() => Close('}');

    public JsonText StartArray(string? name = null) => Open(name, '[');

    public JsonText EndArray() => Close(']');

    public JsonText String(string? name, string? value)
    {
        Item(name);
        if (value is null)
        {
            text.Write("null");
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
        text.Write(value.ToString(CultureInfo.InvariantCulture));
        return this;
    }

    public JsonText Boolean(string name, bool? value)
    {
        Item(name);
        text.Write(value switch { true => "true", false => "false", null => "null" });
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

    /// <summary>The text, ending with a line break (for a <see cref="JsonText()"/>).</summary>
    public override string ToString() => text.ToString() + "\n";

    /// <summary>Ends the text with a line break.</summary>
    public void End() => text.Write('\n');

    private JsonText Open(string? name, char bracket)
    {
        Item(name);
        text.Write(bracket);
        if (depth == open.Length)
        {
            Array.Resize(ref open, depth * 2);
        }

        open[depth++] = false;
        return this;
    }

    private JsonText Close(char bracket)
    {
        if (open[--depth])
        {
            NewLine();
        }

        text.Write(bracket);
        return this;
    }

    private void Item(string? name)
    {
        if (depth > 0)
        {
            if (open[depth - 1])
            {
                text.Write(',');
            }

            open[depth - 1] = true;
            NewLine();
        }

        if (name is not null)
        {
            if (!names.TryGetValue(name, out var quoted))
            {
                var writer = new StringWriter(CultureInfo.InvariantCulture);
                new JsonText(writer).Quote(name);
                names.Add(name, quoted = writer + ": ");
            }

            text.Write(quoted);
        }
    }

    private void NewLine()
    {
        while (newLines.Count <= depth)
        {
            newLines.Add(newLines[newLines.Count - 1] + "  ");
        }

        text.Write(newLines[depth]);
    }

    // netstandard2.0's TextWriter takes no span: a run is copied into one buffer kept for the writer's life.
    private void WriteRun(string value, int start, int length)
    {
        if (runBuffer.Length < length)
        {
            runBuffer = new char[Math.Max(length, runBuffer.Length * 2)];
        }

        value.CopyTo(start, runBuffer, 0, length);
        text.Write(runBuffer, 0, length);
    }

    private void Quote(string value)
    {
        text.Write('"');
        for (var i = 0; i < value.Length; i++)
        {
            // Most text is printable ASCII: written a run at a time.
            var run = i;
            while (run < value.Length && value[run] is >= ' ' and <= '~' and not '"' and not '\\')
            {
                run++;
            }

            if (run > i)
            {
                WriteRun(value, i, run - i);
                i = run - 1;
                continue;
            }

            var c = value[i];
            switch (c)
            {
                case '"':
                    text.Write("\\\"");
                    break;
                case '\\':
                    text.Write("\\\\");
                    break;
                case '\n':
                    text.Write("\\n");
                    break;
                case '\r':
                    text.Write("\\r");
                    break;
                case '\t':
                    text.Write("\\t");
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
                        text.Write(c);
                        text.Write(value[++i]);
                    }
                    else if (c < ' ' || char.IsSurrogate(c) || VisibleText.IsHidden(c))
                    {
                        Escape(c);
                    }
                    else
                    {
                        text.Write(c);
                    }

                    break;
            }
        }

        text.Write('"');
    }

    private void Escape(char c)
    {
        text.Write("\\u");
        text.Write(((int)c).ToString("x4", CultureInfo.InvariantCulture));
    }
}
