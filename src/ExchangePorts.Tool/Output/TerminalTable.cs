using System.Collections.Generic;
using ExchangePorts.Generators.Model;
using ExchangePorts.Operations.Entries;
using ExchangePorts.Operations.Writers;
using Spectre.Console;

namespace ExchangePorts.Tool.Output;

/// <summary>Entries as a table with box lines and colour, for a terminal; every cell made visible.</summary>
internal static class TerminalTable
{
    public static void Write(IAnsiConsole console, IReadOnlyList<PortEntry> entries)
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
                new Markup("[grey]" + Markup.Escape(VisibleText.Escape(entry.Catalog)) + ".[/]" + Markup.Escape(VisibleText.Escape(entry.QualifiedName))),
                new Text(entry.Ports),
                new Text(PortTransportText.Of(entry.Spec.Transport)),
                new Text(VisibleText.Escape(entry.Route())),
                new Text(VisibleText.Escape(entry.Spec.Service)));
        }

        console.Write(table);
        console.WriteLine(PlainTable.Count(entries.Count));
    }
}
