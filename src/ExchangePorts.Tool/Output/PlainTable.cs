using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using ExchangePorts.Generators.Model;
using ExchangePorts.Tool.Catalogs;
using ExchangePorts.Tool.Escaping;

namespace ExchangePorts.Tool.Output;

/// <summary>
/// The entries as a plain text table, for output that is redirected or where <c>NO_COLOR</c> is set: columns padded
/// with spaces, every cell made visible (<see cref="VisibleText"/>), no box lines or colour, and nothing loaded that a
/// terminal table needs.
/// </summary>
internal static class PlainTable
{
    public static string Write(IReadOnlyList<ToolEntry> entries)
    {
        string[] header = ["Entry", "Port", "Transport", "From -> To", "Service"];
        var rows = entries.Select(e => new[] { e.FullName, e.Ports, PortTransportText.Of(e.Spec.Transport), e.Route("->"), e.Spec.Service }.Select(c => VisibleText.Escape(c)).ToArray()).ToList();
        return Write(header, rows, rightAligned: [1]) + Count(entries.Count) + "\n";
    }

    /// <summary><c>1 entry</c>, <c>3 entries</c>.</summary>
    public static string Count(int count) => count == 1 ? "1 entry" : count.ToString(CultureInfo.InvariantCulture) + " entries";

    /// <summary>Rows of visible text in columns two spaces apart; the last column is not padded.</summary>
    public static string Write(string[] header, IReadOnlyList<string[]> rows, int[] rightAligned)
    {
        var widths = header.Select((h, i) => Math.Max(h.Length, rows.Count == 0 ? 0 : rows.Max(r => r[i].Length))).ToArray();
        var text = new StringBuilder();
        foreach (var row in rows.Prepend(header))
        {
            var cells = row.Select((cell, i) => i == row.Length - 1 ? cell : rightAligned.Contains(i) ? cell.PadLeft(widths[i]) : cell.PadRight(widths[i]));
            // No spaces after the last cell but its own: an empty last cell leaves none.
            text.Append(row[^1].Length == 0 ? string.Join("  ", cells).TrimEnd(' ') : string.Join("  ", cells)).Append('\n');
        }

        return text.ToString();
    }
}
