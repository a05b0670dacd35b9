using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using ExchangePorts.Generators.Model;
using ExchangePorts.Tool.Catalogs;
using Spectre.Console;

namespace ExchangePorts.Tool.Output;

/// <summary>Writes entries in one of the <see cref="EntryFormat"/>s.</summary>
internal static class EntryWriter
{
    /// <summary>The CSV header: the catalog columns the generator reads, in its order.</summary>
    public static readonly string[] CsvColumns =
        ["group", "name", "port", "transport", "from", "to", "fromRoles", "toRoles", "service", "security", "description", "source", "notes"];

    public static string Write(IReadOnlyList<ToolEntry> entries, EntryFormat format) => format switch
    {
        EntryFormat.Csv => Csv(entries),
        EntryFormat.Json => Json(entries),
        EntryFormat.Markdown => Markdown(entries),
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    /// <summary>The entries as a table on the console.</summary>
    public static void WriteTable(IAnsiConsole console, IReadOnlyList<ToolEntry> entries)
    {
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn("Entry");
        table.AddColumn(new TableColumn("Port").RightAligned());
        table.AddColumn("Transport");
        table.AddColumn("From → To");
        table.AddColumn("Service");
        foreach (var entry in entries)
        {
            table.AddRow(
                new Markup("[grey]" + Markup.Escape(entry.Catalog) + ".[/]" + Markup.Escape(entry.QualifiedName)),
                new Text(entry.Ports),
                new Text(PortTransportText.Of(entry.Spec.Transport)),
                new Text(Route(entry)),
                new Text(entry.Spec.Service));
        }

        console.Write(table);
        console.WriteLine(entries.Count == 1 ? "1 entry" : entries.Count + " entries");
    }

    /// <summary>
    /// The ends as role keys where the catalog has them (<c>Mailbox → Edge</c>), else as written; plain output and
    /// scripts ask for an ASCII <paramref name="arrow"/>, <c>-></c>, which every code page reads.
    /// </summary>
    public static string Route(ToolEntry entry, string arrow = "→") =>
        entry.FromRoles.Count > 0 || entry.ToRoles.Count > 0
            ? string.Join("/", entry.FromRoles) + " " + arrow + " " + string.Join("/", entry.ToRoles)
            : PortText.Route(entry.Spec.From, entry.Spec.To).Replace("→", arrow, StringComparison.Ordinal);

    private static string Csv(IReadOnlyList<ToolEntry> entries)
    {
        var text = new StringBuilder();
        text.Append(string.Join(",", CsvColumns)).Append('\n');
        foreach (var entry in entries)
        {
            var e = entry.Spec;
            string[] fields =
            [
                e.Group, e.WrittenName, entry.Ports, TransportNames(e.Transport, "/"), e.From, e.To, e.FromRoles, e.ToRoles,
                e.Service, e.Security, e.Description, e.Source, e.Notes,
            ];
            text.Append(string.Join(",", fields.Select(CsvField))).Append('\n');
        }

        return text.ToString();
    }

    // RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled.
    private static string CsvField(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 || value.Trim().Length != value.Length
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;

    private static string Json(IReadOnlyList<ToolEntry> entries)
    {
        var json = new JsonText().StartObject().StartArray("entries");
        foreach (var entry in entries)
        {
            var e = entry.Spec;
            json.StartObject()
                .String("catalog", entry.Catalog)
                .String("group", e.Group)
                .String("name", e.Name)
                .String("qualifiedName", entry.QualifiedName)
                .String("writtenName", e.WrittenName)
                .Number("port", e.Port)
                .Number("lastPort", e.LastPort)
                .Strings("transports", TransportNames(e.Transport, "/").Split('/', StringSplitOptions.RemoveEmptyEntries))
                .String("from", e.From)
                .String("to", e.To)
                .Strings("fromRoles", entry.FromRoles)
                .Strings("toRoles", entry.ToRoles)
                .String("service", e.Service)
                .String("security", e.Security)
                .String("description", e.Description)
                .String("source", e.Source)
                .String("notes", e.Notes)
                .EndObject();
        }

        return json.EndArray().EndObject().ToString();
    }

    private static string Markdown(IReadOnlyList<ToolEntry> entries)
    {
        var text = new StringBuilder("| Entry | Port | Transport | From → To | Service | Source |\n|---|---:|---|---|---|---|\n");
        foreach (var entry in entries)
        {
            string[] cells = [entry.FullName, entry.Ports, PortTransportText.Of(entry.Spec.Transport), Route(entry), entry.Spec.Service, entry.Spec.Source];
            text.Append("| ").Append(string.Join(" | ", cells.Select(MarkdownCell))).Append(" |\n");
        }

        return text.ToString();
    }

    private static string MarkdownCell(string value) => value.Replace("|", "\\|", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' ');

    /// <summary><c>tcp</c>, <c>tcp/udp</c>: the transports as catalogs name them.</summary>
    public static string TransportNames(PortTransport transport, string separator) =>
        string.Join(separator, PortTransportText.All.Where(t => (transport & t.Transport) != 0).Select(t => t.Name));
}
