using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using ExchangePorts.Generators.Model;
using ExchangePorts.Operations.Entries;
using ExchangePorts.Operations.Sources;
using ExchangePorts.Operations.Writers;

namespace ExchangePorts.Operations.Writers;

/// <summary>
/// The entries as a plain text table, for output that is redirected or where <c>NO_COLOR</c> is set: columns padded
/// with spaces, every cell made visible (<see cref="VisibleText"/>), no box lines or colour, and nothing loaded that a
/// terminal table needs.
/// </summary>
internal static class PlainTable
{
    private static readonly string[] EntryHeader = ["Entry", "Port", "Transport", "From -> To", "Service"];

    /// <summary>
    /// The entries' table, a row at a time: the cells are made twice, once to measure the columns and once to
    /// write them, so a million entries are never a million rows in memory.
    /// </summary>
    public static void Write(IReadOnlyList<PortEntry> entries, TextWriter text)
    {
        var widths = EntryHeader.Select(h => h.Length).ToArray();
        foreach (var entry in entries)
        {
            var cells = Cells(entry);
            for (var i = 0; i < cells.Length; i++)
            {
                widths[i] = Math.Max(widths[i], cells[i].Length);
            }
        }

        WriteRow(text, EntryHeader, widths, rightAligned: [1]);
        foreach (var entry in entries)
        {
            WriteRow(text, Cells(entry), widths, rightAligned: [1]);
        }

        text.Write(Count(entries.Count));
        text.Write('\n');
    }

    private static string[] Cells(PortEntry e) =>
        [VisibleText.Escape(e.FullName), e.Ports, PortTransportText.Of(e.Spec.Transport), VisibleText.Escape(e.Route("->")), VisibleText.Escape(e.Spec.Service)];

    /// <summary><c>1 entry</c>, <c>3 entries</c>.</summary>
    public static string Count(int count) => count == 1 ? "1 entry" : count.ToString(CultureInfo.InvariantCulture) + " entries";

    /// <summary>Rows of visible text in columns two spaces apart; the last column is not padded.</summary>
    public static string Write(string[] header, IReadOnlyList<string[]> rows, int[] rightAligned)
    {
        var widths = header.Select((h, i) => Math.Max(h.Length, rows.Count == 0 ? 0 : rows.Max(r => r[i].Length))).ToArray();
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        foreach (var row in rows.Prepend(header))
        {
            WriteRow(text, row, widths, rightAligned);
        }

        return text.ToString();
    }

    private static void WriteRow(TextWriter text, string[] row, int[] widths, int[] rightAligned)
    {
        var cells = row.Select((cell, i) => i == row.Length - 1 ? cell : rightAligned.Contains(i) ? cell.PadLeft(widths[i]) : cell.PadRight(widths[i]));

        // No spaces after the last cell but its own: an empty last cell leaves none.
        text.Write(row[row.Length - 1].Length == 0 ? string.Join("  ", cells).TrimEnd(' ') : string.Join("  ", cells));
        text.Write('\n');
    }
}
