using System;
using System.Collections.Generic;
using System.Linq;
using ExchangePorts.Operations.Entries;
using ExchangePorts.Operations.Planning;
using PortCatalog.Probing;

namespace ExchangePorts.Operations.Writers;

/// <summary>A probe's results as a table or JSON.</summary>
internal static class ProbeReport
{
    private static readonly PortVerdict[] Verdicts = (PortVerdict[])Enum.GetValues(typeof(PortVerdict));

    /// <summary>Every entry a result answers for, as C# names it: <c>Exchange2019Ports.InternetToEdge.Smtp</c>.</summary>
    private static IEnumerable<string> Names(PortProbeResult result, ProbePlan plan) =>
        result.Entries.Select(e => plan.EntryOf(e).FullName);

    /// <param name="unexpected">With <c>--unexpected</c>, the open ports no entry grants (each a finding); else null.</param>
    public static string Table(ProbePlan plan, IReadOnlyList<PortProbeResult> results, TimeSpan elapsed, bool cancelled, IReadOnlyList<PortProbeResult>? unexpected = null)
    {
        string[] header = ["Host", "Entry", "Port", "Verdict", "Time", "Detail"];
        var rows = results.Select(r => new[]
        {
            r.Host,
            string.Join(", ", Names(r, plan)),
            r.Port + "/" + r.Transport.ToString().ToUpperInvariant(),
            PortProbe.VerdictText(r.Verdict) + (r.ServiceAnswered switch { true => ", answers", false => ", does not answer", null => string.Empty }),
            (int)r.Elapsed.TotalMilliseconds + " ms",
            r.Detail,
        }.Select(c => VisibleText.Escape(c)).ToArray()).ToList();
        rows.AddRange((unexpected ?? []).Select(r => new[]
        {
            r.Host,
            "-",
            r.Port + "/" + r.Transport.ToString().ToUpperInvariant(),
            Unexpected,
            (int)r.Elapsed.TotalMilliseconds + " ms",
            Why(r),
        }.Select(c => VisibleText.Escape(c)).ToArray()));
        var summary = Summary(results, elapsed, cancelled);
        if (unexpected is not null)
        {
            summary += "; " + unexpected.Count + " " + Unexpected + " (open, and no entry grants them)";
        }

        return PlainTable.Write(header, rows, rightAligned: [2, 4]) + summary + "\n";
    }

    /// <summary>
    /// <c>{ "host", "cancelled", "milliseconds", "summary": { "open": n, ..., "notProbed": n }, "results": [ { "host", "catalog", "qualifiedName",
    /// "entries", "port", "transport", "verdict", "milliseconds", "detail", "serviceAnswered" } ] }</c>; <c>serviceAnswered</c> is null unless <c>--banner</c> checked the service.
    /// </summary>
    /// <remarks>With <c>--unexpected</c>, the summary counts them and <c>"unexpected": [ { "host", "port", "transport", "milliseconds", "detail" } ]</c> lists them.</remarks>
    public static string Json(ProbePlan plan, IReadOnlyList<PortProbeResult> results, TimeSpan elapsed, bool cancelled, IReadOnlyList<PortProbeResult>? unexpected = null)
    {
        var json = new JsonText().StartObject()
            .String("host", plan.Hosts.Count == 1 ? plan.Hosts[0] : string.Empty)
            .Boolean("cancelled", cancelled)
            .Number("milliseconds", (long)elapsed.TotalMilliseconds)
            .StartObject("summary");
        foreach (var verdict in Verdicts)
        {
            json.Number(char.ToLowerInvariant(verdict.ToString()[0]) + verdict.ToString().Substring(1), results.Count(r => r.Verdict == verdict));
        }

        if (unexpected is not null)
        {
            json.Number(Unexpected, unexpected.Count);
        }

        json.EndObject().StartArray("results");
        foreach (var result in results)
        {
            json.StartObject()
                .String("host", result.Host)
                .String("catalog", plan.EntryOf(result.Entry).Catalog)
                .String("qualifiedName", result.Entry.QualifiedName)
                .Strings("entries", Names(result, plan))
                .Number("port", result.Port)
                .String("transport", result.Transport.ToString().ToLowerInvariant())
                .String("verdict", PortProbe.VerdictText(result.Verdict))
                .Number("milliseconds", (long)result.Elapsed.TotalMilliseconds)
                .String("detail", result.Detail)
                .Boolean("serviceAnswered", result.ServiceAnswered)
                .EndObject();
        }

        json.EndArray();
        if (unexpected is not null)
        {
            json.StartArray(Unexpected);
            foreach (var result in unexpected)
            {
                json.StartObject()
                    .String("host", result.Host)
                    .Number("port", result.Port)
                    .String("transport", result.Transport.ToString().ToLowerInvariant())
                    .Number("milliseconds", (long)result.Elapsed.TotalMilliseconds)
                    .String("detail", Why(result))
                    .EndObject();
            }

            json.EndArray();
        }

        return json.EndObject().ToString();
    }

    private const string Unexpected = "unexpected";

    private static string Why(PortProbeResult result) => "open, and no entry grants it from " + result.Entry.From + " to " + result.Entry.To;

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
