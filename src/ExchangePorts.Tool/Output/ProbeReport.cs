using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ExchangePorts.Tool.Catalogs;
using ExchangePorts.Tool.Escaping;
using PortCatalog.Probing;

namespace ExchangePorts.Tool.Output;

/// <summary>Runs a probe, with a live table on a terminal, and writes its results as a table or JSON.</summary>
internal static class ProbeReport
{
    private static readonly PortVerdict[] Verdicts = Enum.GetValues<PortVerdict>();

    /// <summary>Probes the targets within one budget of sockets (the options' parallelism); results host by host.</summary>
    public static IReadOnlyList<PortProbeResult> Run(
        IReadOnlyList<ProbeTarget> targets,
        PortProbeOptions options,
        Func<PortCatalog.PortDefinition, string> nameOf,
        CancellationToken cancellationToken,
        Action<PortProbeResult> onResult,
        ToolConsole console)
    {
        Task<IReadOnlyList<PortProbeResult>> ProbeAllAsync(Action<PortProbeResult> report) =>
            PortProbe.ProbeAsync(targets, options, cancellationToken, report);

        if (console.IsPlain || !console.ErrorIsTerminal)
        {
            return ProbeAllAsync(onResult).GetAwaiter().GetResult();
        }

        return LiveProbeTable.Run(console.ErrorTerminal(), PortProbe.ResultCount(targets, options), nameOf, report => ProbeAllAsync(result =>
        {
            onResult(result);
            report(result);
        }));
    }

    /// <summary>Every entry a result answers for, as C# names it: <c>Exchange2019Ports.InternetToEdge.Smtp</c>.</summary>
    private static IEnumerable<string> Names(PortProbeResult result, IReadOnlyDictionary<PortCatalog.PortDefinition, ToolEntry> entries) =>
        result.Entries.Select(e => entries[e].FullName);

    public static string Table(IReadOnlyList<PortProbeResult> results, IReadOnlyDictionary<PortCatalog.PortDefinition, ToolEntry> entries, TimeSpan elapsed, bool cancelled)
    {
        string[] header = ["Host", "Entry", "Port", "Verdict", "Time", "Detail"];
        var rows = results.Select(r => new[]
        {
            r.Host,
            string.Join(", ", Names(r, entries)),
            r.Port + "/" + r.Transport.ToString().ToUpperInvariant(),
            PortProbe.VerdictText(r.Verdict) + (r.ServiceAnswered switch { true => ", answers", false => ", does not answer", null => string.Empty }),
            (int)r.Elapsed.TotalMilliseconds + " ms",
            r.Detail,
        }.Select(c => VisibleText.Escape(c)).ToArray()).ToList();
        return PlainTable.Write(header, rows, rightAligned: [2, 4]) + Summary(results, elapsed, cancelled) + "\n";
    }

    /// <summary>
    /// <c>{ "host", "cancelled", "milliseconds", "summary": { "open": n, ..., "notProbed": n }, "results": [ { "host", "catalog", "qualifiedName",
    /// "entries", "port", "transport", "verdict", "milliseconds", "detail", "serviceAnswered" } ] }</c>; <c>serviceAnswered</c> is null unless <c>--banner</c> checked the service.
    /// </summary>
    public static string Json(string host, IReadOnlyList<PortProbeResult> results, IReadOnlyDictionary<PortCatalog.PortDefinition, ToolEntry> entries, TimeSpan elapsed, bool cancelled)
    {
        var json = new JsonText().StartObject()
            .String("host", host)
            .Boolean("cancelled", cancelled)
            .Number("milliseconds", (long)elapsed.TotalMilliseconds)
            .StartObject("summary");
        foreach (var verdict in Verdicts)
        {
            json.Number(char.ToLowerInvariant(verdict.ToString()[0]) + verdict.ToString()[1..], results.Count(r => r.Verdict == verdict));
        }

        json.EndObject().StartArray("results");
        foreach (var result in results)
        {
            json.StartObject()
                .String("host", result.Host)
                .String("catalog", entries[result.Entry].Catalog)
                .String("qualifiedName", result.Entry.QualifiedName)
                .Strings("entries", Names(result, entries))
                .Number("port", result.Port)
                .String("transport", result.Transport.ToString().ToLowerInvariant())
                .String("verdict", PortProbe.VerdictText(result.Verdict))
                .Number("milliseconds", (long)result.Elapsed.TotalMilliseconds)
                .String("detail", result.Detail)
                .Boolean("serviceAnswered", result.ServiceAnswered)
                .EndObject();
        }

        return json.EndArray().EndObject().ToString();
    }

    private static string Summary(IReadOnlyList<PortProbeResult> results, TimeSpan elapsed, bool cancelled)
    {
        var counts = Verdicts
            .Select(v => (Verdict: v, Count: results.Count(r => r.Verdict == v)))
            .Where(c => c.Count > 0)
            .Select(c => c.Count + " " + PortProbe.VerdictText(c.Verdict));
        return (cancelled ? "Cancelled: " : string.Empty) + (results.Count == 0 ? "no port probed" : string.Join(", ", counts)) +
            " in " + elapsed.TotalSeconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " s";
    }
}
