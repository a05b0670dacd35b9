using System;
using ExchangePorts.Generators.Common;
using ExchangePorts.Generators.Diagnostics;
using ExchangePorts.Generators.Json;

namespace ExchangePorts.Generators.Catalog;

/// <summary>
/// Reads a JSON catalog into the same <see cref="CatalogDocument"/> a CSV catalog gives: either an array
/// of entries, or an object with <c>entries</c> and optional <c>className</c>, <c>namespace</c>,
/// <c>visibility</c> and <c>description</c>. Entry properties are the CSV columns; <c>port</c> is a number
/// (or a string for a range), the others strings.
/// </summary>
internal static class JsonCatalogReader
{
    private static readonly string EntryPropertiesHint = "an entry's properties are " + CatalogColumns.NameList;

    private const string CatalogPropertiesHint =
        "a catalog object's properties are entries, className, namespace, visibility, documentation, description and $schema";

    public static CatalogDocument Read(CatalogDiagnosticSink sink)
    {
        var document = new CatalogDocument();
        var rows = new System.Collections.Generic.List<CatalogRow>();
        document.Rows = rows;

        // Each entry becomes a row as soon as it is read, and its nodes are let go: a large catalog's
        // tree is never whole in memory (keeping it cost a large catalog most of its parse time in garbage collection).
        JsonNode? entriesArray = null;
        var entryCount = 0;
        bool KeepItem(JsonNode root, JsonNode array, JsonNode item)
        {
            entriesArray ??= IsEntries(root, array) ? array : null;
            if (array != entriesArray)
            {
                return true;
            }

            entryCount++;
            if (item.Kind != JsonKind.Object)
            {
                WrongType(sink, item, "An entry", "an object");
            }
            else if (item.IsComplete)
            {
                var row = ReadEntry(item, sink);
                document.HasGroups |= row[CatalogColumn.Group] is not null;
                rows.Add(row);
            }

            return false;
        }

        var (root, error) = JsonParser.Parse(sink.Content, KeepItem);
        if (error is not null)
        {
            // What was read before the error still counts: complete entries generate.
            sink.Report(CatalogDiagnostics.JsonSyntaxError, new SourceSpan(error.Position, 0), error.Message);
        }

        var entries = root?.Kind switch
        {
            null => null,
            JsonKind.Array => root,
            JsonKind.Object => ReadCatalogObject(root, document, sink),
            _ => WrongType(sink, root, "The catalog", "an object with an 'entries' array, or an array of entries"),
        };

        if (entries is null)
        {
            return document;
        }

        if (entryCount == 0 && entries.IsComplete)
        {
            sink.Report(CatalogDiagnostics.EmptyCatalog, new SourceSpan(entries.Start, 1), "the entries array is empty");
        }

        return document;
    }

    private static JsonNode? ReadCatalogObject(JsonNode root, CatalogDocument document, CatalogDiagnosticSink sink)
    {
        JsonNode? entries = null;
        var seen = new System.Collections.Generic.HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in root.Properties)
        {
            if (!seen.Add(property.Name))
            {
                sink.Report(CatalogDiagnostics.DuplicateColumn, property.NameSpan, "Property", property.Name);
                continue;
            }

            switch (property.Name.ToUpperInvariant())
            {
                case "ENTRIES":
                    entries = property.Value.Kind == JsonKind.Array ? property.Value : WrongType(sink, property.Value, "'entries'", "an array");
                    break;
                case "CLASSNAME":
                    document.ClassName = ReadOption(property, sink);
                    break;
                case "NAMESPACE":
                    document.Namespace = ReadOption(property, sink);
                    break;
                case "VISIBILITY":
                    document.Visibility = ReadOption(property, sink);
                    break;
                case "DOCUMENTATION":
                    document.Documentation = ReadOption(property, sink);
                    break;
                case "DESCRIPTION":
                    document.Description = ReadOption(property, sink)?.Value ?? string.Empty;
                    break;
                case "$SCHEMA":
                    break;
                default:
                    sink.Report(CatalogDiagnostics.UnknownColumn, property.NameSpan, "Property", property.Name, CatalogPropertiesHint);
                    break;
            }
        }

        if (entries is null && root.IsComplete && !seen.Contains("entries"))
        {
            sink.Report(CatalogDiagnostics.EmptyCatalog, new SourceSpan(root.Start, 1), "the catalog object has no 'entries' array");
        }

        return entries;
    }

    /// <summary>The catalog's entries: the root array, or the array of the root object's first 'entries' property.</summary>
    private static bool IsEntries(JsonNode root, JsonNode array)
    {
        if (root == array)
        {
            return true;
        }

        if (root.Kind != JsonKind.Object)
        {
            return false;
        }

        foreach (var property in root.Properties)
        {
            if (string.Equals(property.Name, "entries", StringComparison.OrdinalIgnoreCase))
            {
                return property.Value == array;
            }
        }

        return false;
    }

    private static CatalogCell? ReadOption(JsonProperty property, CatalogDiagnosticSink sink)
    {
        if (property.Value.Kind == JsonKind.String && property.Value.IsComplete)
        {
            return new CatalogCell(property.Value.Text, property.Value.Span);
        }

        if (property.Value.Kind != JsonKind.Null && property.Value.IsComplete)
        {
            WrongType(sink, property.Value, "'" + property.Name + "'", "a string");
        }

        return null;
    }

    private static CatalogRow ReadEntry(JsonNode entry, CatalogDiagnosticSink sink)
    {
        var row = new CatalogRow(new SourceSpan(entry.Start, 1));
        var present = new bool[CatalogColumns.Count];
        foreach (var property in entry.Properties)
        {
            if (!CatalogColumns.TryParse(property.Name, out var column))
            {
                sink.Report(CatalogDiagnostics.UnknownColumn, property.NameSpan, "Property", property.Name, EntryPropertiesHint);
                continue;
            }

            if (present[(int)column])
            {
                sink.Report(CatalogDiagnostics.DuplicateColumn, property.NameSpan, "Property", property.Name);
                row.HasErrors = true;
                continue;
            }

            present[(int)column] = true;
            var value = property.Value;
            // A port is a number, or a string for a range ("1024-65535"); everything else is a string.
            var isPort = column == CatalogColumn.Port;
            if (value.Kind == JsonKind.String || (isPort && value.Kind == JsonKind.Number))
            {
                row[column] = new CatalogCell(value.Text, value.Span);
            }
            else if (value.Kind != JsonKind.Null || Array.IndexOf(CatalogColumns.Required, column) >= 0)
            {
                WrongType(sink, value, "'" + property.Name + "'", isPort ? "a number, or a string for a range such as \"1024-65535\"" : "a string");
                row.HasErrors = true;
            }
        }

        foreach (var required in CatalogColumns.Required)
        {
            if (!present[(int)required])
            {
                sink.Report(CatalogDiagnostics.MissingRequiredColumn, row.Span, "entry", CatalogColumns.HeaderName(required), "property");
                row.HasErrors = true;
            }
        }

        return row;
    }

    private static JsonNode? WrongType(CatalogDiagnosticSink sink, JsonNode value, string what, string expected)
    {
        sink.Report(CatalogDiagnostics.JsonWrongType, value.Span, what, expected, value.KindName);
        return null;
    }
}
