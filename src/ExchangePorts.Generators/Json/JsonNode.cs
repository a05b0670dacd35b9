using System.Collections.Generic;
using ExchangePorts.Generators.Common;

namespace ExchangePorts.Generators.Json;

internal enum JsonKind
{
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null,
}

/// <summary>A property of a JSON object: its name and where the name was written. A value: one per property of a large catalog.</summary>
internal readonly record struct JsonProperty(string Name, SourceSpan NameSpan, JsonNode Value);

/// <summary>
/// A JSON value and where it was written. Objects and arrays are attached to their parent when they
/// open, so a document cut short by a syntax error still shows everything read before it;
/// <see cref="IsComplete"/> tells whether the value was closed.
/// </summary>
internal sealed class JsonNode(JsonKind kind, int start)
{
    public JsonKind Kind { get; } = kind;

    public int Start { get; } = start;

    public int End { get; set; } = start;

    public SourceSpan Span => SourceSpan.FromBounds(Start, End);

    public bool IsComplete { get; set; }

    /// <summary>The unescaped text of a string, or the literal text of a number.</summary>
    public string Text { get; set; } = string.Empty;

    // Made on first use: most nodes are strings and numbers, which have neither.
    private List<JsonProperty>? _properties;
    private List<JsonNode>? _items;

    // Sized for a catalog entry (eleven columns): a list that grows three times copies its items three times.
    public List<JsonProperty> Properties => _properties ??= new List<JsonProperty>(12);

    public List<JsonNode> Items => _items ??= [];

    /// <summary>The kind as a person would name it in a message: "a string", "an object".</summary>
    public string KindName => Kind switch
    {
        JsonKind.Object => "an object",
        JsonKind.Array => "an array",
        JsonKind.String => "a string",
        JsonKind.Number => "a number",
        JsonKind.Null => "null",
        _ => "a boolean",
    };
}
