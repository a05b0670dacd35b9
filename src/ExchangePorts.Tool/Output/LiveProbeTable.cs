using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using ExchangePorts.Operations.Writers;
using PortCatalog.Probing;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ExchangePorts.Tool.Output;

/// <summary>
/// The table a terminal shows while a probe runs: the latest results as they come and a line of how many ports
/// are done with their verdicts. It is cleared when the probe ends, and the whole table follows on standard output.
/// Only a terminal loads this class (and Spectre.Console with it).
/// </summary>
internal static class LiveProbeTable
{
    private static readonly TimeSpan Refresh = TimeSpan.FromMilliseconds(100);

    /// <summary>Runs <paramref name="probe"/>, which reports each result to the action it is given, drawing its results on <paramref name="console"/> where it can redraw.</summary>
    public static IReadOnlyList<PortProbeResult> Run(
        IAnsiConsole console, int total, Func<PortCatalog.PortDefinition, string> nameOf, Func<Action<PortProbeResult>, Task<IReadOnlyList<PortProbeResult>>> probe)
    {
        // A terminal that cannot move its cursor (TERM=dumb) could only print the table again for every change.
        if (!console.Profile.Capabilities.Ansi || !console.Profile.Capabilities.Interactive)
        {
            return probe(static _ => { }).GetAwaiter().GetResult();
        }

        var arrived = new ConcurrentQueue<PortProbeResult>();
        var shown = new List<PortProbeResult>();
        IReadOnlyList<PortProbeResult> results = [];
        console.Live(Render(shown, total, nameOf, console.Profile.Height))
            .AutoClear(true)
            .Overflow(VerticalOverflow.Ellipsis)
            .Cropping(VerticalOverflowCropping.Top)
            .Start(context =>
            {
                var running = probe(arrived.Enqueue);
                while (Task.WaitAny([running], Refresh) < 0)
                {
                    var before = shown.Count;
                    while (arrived.TryDequeue(out var result))
                    {
                        shown.Add(result);
                    }

                    if (shown.Count > before)
                    {
                        context.UpdateTarget(Render(shown, total, nameOf, console.Profile.Height));
                    }
                }

                results = running.GetAwaiter().GetResult();
            });
        return results;
    }

    private static IRenderable Render(List<PortProbeResult> shown, int total, Func<PortCatalog.PortDefinition, string> nameOf, int height)
    {
        var table = new Table().Border(TableBorder.Simple).AddColumns("Host", "Entry", "Port", "Verdict", "Time");
        table.Columns[2].RightAligned();
        table.Columns[4].RightAligned();

        // The latest rows that fit: the header, the caption and the borders take about eight lines.
        foreach (var result in shown.Skip(Math.Max(0, shown.Count - Math.Max(3, height - 8))))
        {
            table.AddRow(
                new Text(VisibleText.Escape(result.Host)),
                new Text(VisibleText.Escape(string.Join(", ", result.Entries.Select(nameOf)))),
                new Text(result.Port + "/" + result.Transport.ToString().ToUpperInvariant()),
                new Text(PortProbe.VerdictText(result.Verdict), new Style(Colour(result.Verdict))),
                new Text((int)result.Elapsed.TotalMilliseconds + " ms"));
        }

        var counts = shown.GroupBy(r => r.Verdict).OrderBy(g => g.Key).Select(g => g.Count() + " " + PortProbe.VerdictText(g.Key));
        table.Caption(new TableTitle("Probing: " + shown.Count + " of " + total + " ports done" + (shown.Count > 0 ? ": " + string.Join(", ", counts) : string.Empty)));
        return table;
    }

    private static Color Colour(PortVerdict verdict) => verdict switch
    {
        PortVerdict.Open => Color.Green,
        PortVerdict.Closed => Color.Red,
        PortVerdict.Filtered => Color.Yellow,
        _ => Color.Grey,
    };
}
