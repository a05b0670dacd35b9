using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using ExchangePorts.Generators.Model;
using ExchangePorts.Tool.Catalogs;

namespace ExchangePorts.Tool.Output;

/// <summary>
/// The entries as a plain text table, for output that is redirected or where <c>NO_COLOR</c> is set: columns
/// padded with spaces, no box lines or colour, and nothing loaded that a terminal table needs.
/// </summary>
internal static class PlainTable
{
    public static string Write(IReadOnlyList<ToolEntry> entries)
    {
        string[] header = ["Entry", "Port", "Transport", "From -> To", "Service"];
        var rows = entries.Select(e => new[] { e.FullName, e.Ports, PortTransportText.Of(e.Spec.Transport), EntryWriter.Route(e, "->"), e.Spec.Service }).ToList();
        var widths = header.Select((h, i) => Math.Max(h.Length, rows.Count == 0 ? 0 : rows.Max(r => r[i].Length))).ToArray();
        var text = new StringBuilder();
        Append(text, header, widths);
        foreach (var row in rows)
        {
            Append(text, row, widths);
        }

        text.Append(entries.Count == 1 ? "1 entry" : entries.Count + " entries").Append('\n');
        return text.ToString();
    }

    private static void Append(StringBuilder text, string[] cells, int[] widths)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            var cell = cells[i];
            text.Append(i == 1 ? cell.PadLeft(widths[i]) : i == cells.Length - 1 ? cell : cell.PadRight(widths[i]));
            text.Append(i == cells.Length - 1 ? string.Empty : "  ");
        }

        text.Append('\n');
    }
}
