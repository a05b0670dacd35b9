using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using PortCatalog.Probing;
using ExchangePorts.Tool.Catalogs;
using Spectre.Console;

namespace ExchangePorts.Tool.Output;

/// <summary>Runs a probe with progress on a terminal, and writes its results as a table or JSON.</summary>
internal static class ProbeReport
{
    /// <summary>Probes each host's entries (hosts at once, each with the options' parallelism); results in job order.</summary>
    public static IReadOnlyList<PortProbeResult> Run(
        IReadOnlyList<(string Host, IReadOnlyList<PortCatalog.PortDefinition> Entries)> jobs, PortProbeOptions options, CancellationToken cancellationToken, Action<PortProbeResult> onResult)
    {
        IReadOnlyList<PortProbeResult> ProbeAll(Action<PortProbeResult> report) =>
            Task.WhenAll(jobs.Select(job => PortProbe.ProbeAsync(job.Host, job.Entries, options, cancellationToken, report)))
                .GetAwaiter().GetResult().SelectMany(r => r).ToList();

        if (OutputTarget.IsPlain || Console.IsErrorRedirected)
        {
            return ProbeAll(onResult);
        }

        var total = jobs.Sum(j => j.Entries.Count);
        var done = 0;
        IReadOnlyList<PortProbeResult> results = [];
        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) }).Status().Start("Probing...", status =>
        {
            results = ProbeAll(result =>
            {
                onResult(result);
                status.Status("Probing: " + Interlocked.Increment(ref done) + " results of about " + total);
            });
        });
        return results;
    }

    public static string Table(IReadOnlyList<PortProbeResult> results, IReadOnlyDictionary<PortCatalog.PortDefinition, ToolEntry> entries, TimeSpan elapsed, bool cancelled)
    {
        string[] header = ["Host", "Entry", "Port", "Verdict", "Time", "Detail"];
        var rows = results.Select(r => new[]
        {
            r.Host,
            entries[r.Entry].FullName,
            r.Port + "/" + r.Transport.ToString().ToUpperInvariant(),
            PortProbe.VerdictText(r.Verdict) + (r.ServiceAnswered switch { true => ", answers", false => ", does not answer", null => string.Empty }),
            (int)r.Elapsed.TotalMilliseconds + " ms",
            r.Detail,
        }).ToList();
        var widths = header.Select((h, i) => Math.Max(h.Length, rows.Count == 0 ? 0 : rows.Max(row => row[i].Length))).ToArray();
        var text = new StringBuilder();
        foreach (var row in rows.Prepend(header))
        {
            text.Append(string.Join("  ", row.Select((cell, i) => i == row.Length - 1 ? cell : i == 2 || i == 4 ? cell.PadLeft(widths[i]) : cell.PadRight(widths[i]))).TrimEnd()).Append('\n');
        }

        text.Append(Summary(results, elapsed, cancelled)).Append('\n');
        return text.ToString();
    }

    /// <summary>
    /// <c>{ "host", "cancelled", "milliseconds", "summary": { "open": n, ..., "notProbed": n }, "results": [ { "host", "catalog", "qualifiedName",
    /// "port", "transport", "verdict", "milliseconds", "detail", "serviceAnswered" } ] }</c>; <c>serviceAnswered</c> is null unless <c>--banner</c> checked the service.
    /// </summary>
    public static string Json(string host, IReadOnlyList<PortProbeResult> results, IReadOnlyDictionary<PortCatalog.PortDefinition, ToolEntry> entries, TimeSpan elapsed, bool cancelled)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("host", host);
            json.WriteBoolean("cancelled", cancelled);
            json.WriteNumber("milliseconds", (long)elapsed.TotalMilliseconds);
            json.WriteStartObject("summary");
            foreach (var verdict in Enum.GetValues<PortVerdict>())
            {
                json.WriteNumber(JsonNamingPolicy.CamelCase.ConvertName(verdict.ToString()), results.Count(r => r.Verdict == verdict));
            }

            json.WriteEndObject();
            json.WriteStartArray("results");
            foreach (var result in results)
            {
                json.WriteStartObject();
                json.WriteString("host", result.Host);
                json.WriteString("catalog", entries[result.Entry].Catalog);
                json.WriteString("qualifiedName", result.Entry.QualifiedName);
                json.WriteNumber("port", result.Port);
                json.WriteString("transport", result.Transport.ToString().ToLowerInvariant());
                json.WriteString("verdict", PortProbe.VerdictText(result.Verdict));
                json.WriteNumber("milliseconds", (long)result.Elapsed.TotalMilliseconds);
                json.WriteString("detail", result.Detail);
                if (result.ServiceAnswered is { } answered)
                {
                    json.WriteBoolean("serviceAnswered", answered);
                }
                else
                {
                    json.WriteNull("serviceAnswered");
                }
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static string Summary(IReadOnlyList<PortProbeResult> results, TimeSpan elapsed, bool cancelled)
    {
        var counts = Enum.GetValues<PortVerdict>()
            .Select(v => (Verdict: v, Count: results.Count(r => r.Verdict == v)))
            .Where(c => c.Count > 0)
            .Select(c => c.Count + " " + PortProbe.VerdictText(c.Verdict));
        return (cancelled ? "Cancelled: " : string.Empty) + (results.Count == 0 ? "no port probed" : string.Join(", ", counts)) +
            " in " + elapsed.TotalSeconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " s";
    }
}
