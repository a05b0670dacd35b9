using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ExchangePorts.Generators.Model;
using ExchangePorts.Operations.Entries;
using ExchangePorts.Operations.Sources;
using ExchangePorts.Operations.Writers;

namespace ExchangePorts.Operations.Writers;

/// <summary>
/// A way <c>list</c> and <c>find</c> write entries: its name for <c>--format</c>, what it is for, and its writer, which
/// writes each entry as it comes, so a million entries never make one string.
/// </summary>
internal sealed record EntryFormat(string Name, string Help, Action<IReadOnlyList<PortEntry>, TextWriter> Write)
{
    /// <summary>The name, as help shows a default value and as <c>--format</c> takes it.</summary>
    public override string ToString() => Name;
}

/// <summary>Writes entries as a table, CSV, JSON or Markdown, each through its dialect's escaping.</summary>
internal static class EntryWriter
{
    /// <summary>Every entry format, the one list of them: the first is the default.</summary>
    public static readonly IReadOnlyList<EntryFormat> Formats =
    [
        new("table", "for people: colour on a terminal, plain text when redirected or with NO_COLOR", PlainTable.Write),
        new("csv", "a catalog in the CSV format the generator reads, which reads back", Csv),
        new("json", "the documented JSON shape, for scripts", Json),
        new("markdown", "a Markdown table, for a change request or a wiki", Markdown),
    ];

    /// <summary>The CSV header: the catalog columns the generator reads, in its order.</summary>
    public static readonly string[] CsvColumns =
        ["group", "name", "port", "transport", "from", "to", "fromRoles", "toRoles", "service", "security", "description", "source", "notes"];

    private static void Csv(IReadOnlyList<PortEntry> entries, TextWriter text)
    {
        text.Write(string.Join(",", CsvColumns));
        text.Write('\n');
        foreach (var entry in entries)
        {
            var e = entry.Spec;
            string[] fields =
            [
                e.Group, e.WrittenName, entry.Ports, TransportNames(e.Transport, "/"), e.From, e.To, e.FromRoles, e.ToRoles,
                e.Service, e.Security, e.Description, e.Source, e.Notes,
            ];
            for (var i = 0; i < fields.Length; i++)
            {
                if (i > 0)
                {
                    text.Write(',');
                }

                text.Write(CsvText.Field(fields[i]));
            }

            text.Write('\n');
        }
    }

    private static void Json(IReadOnlyList<PortEntry> entries, TextWriter text)
    {
        var json = new JsonText(text).StartObject().StartArray("entries");
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
                .Strings("transports", TransportNames(e.Transport, "/").Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries))
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

        json.EndArray().EndObject().End();
    }

    private static void Markdown(IReadOnlyList<PortEntry> entries, TextWriter text)
    {
        text.Write("| Entry | Port | Transport | From → To | Service | Source |\n|---|---:|---|---|---|---|\n");
        foreach (var entry in entries)
        {
            string[] cells = [entry.FullName, entry.Ports, PortTransportText.Of(entry.Spec.Transport), entry.Route(), entry.Spec.Service, entry.Spec.Source];
            text.Write("| ");
            text.Write(string.Join(" | ", cells.Select(MarkdownText.Cell)));
            text.Write(" |\n");
        }
    }

    /// <summary><c>tcp</c>, <c>tcp/udp</c>: the transports as catalogs name them.</summary>
    public static string TransportNames(PortTransport transport, string separator) =>
        string.Join(separator, PortTransportText.All.Where(t => (transport & t.Transport) != 0).Select(t => t.Name));
}
