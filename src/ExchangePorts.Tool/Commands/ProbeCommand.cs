using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.Linq;
using System.Threading;
using ExchangePorts.Tool.Catalogs;
using ExchangePorts.Tool.Output;
using PortCatalog.Probing;

namespace ExchangePorts.Tool.Commands;

/// <summary>How <c>probe</c> writes its results.</summary>
internal enum ProbeFormat
{
    Table,
    Json,
}

/// <summary><c>probe</c>: checks the ports of the catalogs' entries against a host, with nmap's verdicts.</summary>
internal static class ProbeCommand
{
    public static Command Create(CommonOptions common, ToolConsole console)
    {
        var host = new Option<string>("--host", "-H") { Description = "The host to probe: a name or an IPv4 or IPv6 address." };
        var topology = new Option<string>("--topology") { Description = "A JSON file of roles and their hosts ({ \"Edge\": [\"edge01\"], \"Mailbox\": \"mbx01\" }): probes every path from the --from role to each host." };
        var role = new Option<string>("--role", "-r") { Description = "Only the entries whose destination is this role (the host's role): Edge, Mailbox, ..." };
        var from = new Option<string>("--from") { Description = "Only the entries whose source is this role (this machine's role)." };
        var timeout = new Option<string>("--timeout", "-t") { Description = "How long one port may take before it is filtered: 2s (default), 500ms, 1.5s." };
        var parallel = new Option<int>("--parallel", "-j") { Description = "How many ports are probed at once (default 64).", DefaultValueFactory = _ => 64 };
        var sweep = new Option<bool>("--sweep-ranges") { Description = "Probe every port of a range entry (RPC 49152-65535) instead of reporting it not probed." };
        var banner = new Option<bool>("--banner") { Description = "On an open port, check the service answers as the entry says: SMTP 220, POP3 +OK, IMAP * OK, TLS for a service over SSL or TLS, STARTTLS for SMTP whose security names TLS." };
        var format = CommonOptions.Choice("--format", "-f", "How to write the results", [("table", "for people", ProbeFormat.Table), ("json", "for CI and monitoring", ProbeFormat.Json)]);
        return CatalogCommand.Create(
            "probe",
            "Check the ports of the catalogs' entries on a host: open (handshake done), closed (refused), filtered (no answer in time),\n" +
            "unresolved, error; UDP is open only with an answer (DNS gets a query), other UDP and ranges are not probed.\n" +
            "Exit codes: 0 every probed port open (and, with --banner, every service answering), 1 any not, 2 bad input.\n\n" +
            "Examples:\n" +
            "  exchange-ports probe --host edge01 --role Edge --exchange 2019 --from Mailbox\n" +
            "  exchange-ports probe --host 127.0.0.1 --catalog my.ports.csv --format json\n" +
            "  exchange-ports probe --host mbx01 --role Mailbox --exchange 2019 --timeout 1s --parallel 40\n" +
            "  exchange-ports probe --topology site.json --from Mailbox --exchange 2019",
            [host, topology, role, from, timeout, parallel, sweep, banner, format, common.Output],
            common,
            console,
            (result, set) =>
            {
                var options = new PortProbeOptions
                {
                    Timeout = ParseTimeout(result.GetValue(timeout)),
                    Parallelism = result.GetValue(parallel) is var p and >= 1 and <= 4096 ? p : throw new UsageException("--parallel: use a number from 1 to 4096."),
                    SweepRanges = result.GetValue(sweep),
                    CheckService = result.GetValue(banner),
                };
                var jobs = Jobs(set, result.GetValue(host), result.GetValue(topology), result.GetValue(role), result.GetValue(from));
                var catalogOf = new Dictionary<PortCatalog.PortDefinition, ToolEntry>(ReferenceEqualityComparer.Instance);
                foreach (var job in jobs)
                {
                    for (var i = 0; i < job.Entries.Count; i++)
                    {
                        catalogOf[job.Definitions[i]] = job.Entries[i];
                    }
                }

                using var cancel = new CancellationTokenSource();
                ConsoleCancelEventHandler onCancel = (_, e) =>
                {
                    e.Cancel = true;
                    cancel.Cancel();
                };
                Console.CancelKeyPress += onCancel;
                var found = new ConcurrentQueue<PortProbeResult>();
                var watch = System.Diagnostics.Stopwatch.StartNew();
                IReadOnlyList<PortProbeResult> results;
                var cancelled = false;
                try
                {
                    results = ProbeReport.Run(jobs.Select(j => (j.Host, (IReadOnlyList<PortCatalog.PortDefinition>)j.Definitions)).ToList(), options, d => catalogOf[d].FullName, cancel.Token, found.Enqueue, console);
                }
                catch (OperationCanceledException)
                {
                    cancelled = true;
                    results = found.ToList();
                }
                finally
                {
                    Console.CancelKeyPress -= onCancel;
                }

                var text = result.GetValue(format) == ProbeFormat.Json
                    ? ProbeReport.Json(result.GetValue(host) is null ? string.Empty : jobs[0].Host, results, catalogOf, watch.Elapsed, cancelled)
                    : ProbeReport.Table(results, catalogOf, watch.Elapsed, cancelled);
                OutputTarget.Write(text, result.GetValue(common.Output), console);
                return cancelled || results.Any(r => (r.Verdict != PortVerdict.Open && r.Verdict != PortVerdict.NotProbed) || r.ServiceAnswered == false)
                    ? ExitCodes.NotFound
                    : ExitCodes.Success;
            });
    }

    private sealed record Job(string Host, List<ToolEntry> Entries, List<PortCatalog.PortDefinition> Definitions);

    /// <summary>
    /// What to probe where: with <c>--host</c>, the entries to <c>--role</c> from <c>--from</c> on that host; with
    /// <c>--topology</c>, every entry from the <c>--from</c> role on each host of its destination roles.
    /// </summary>
    private static List<Job> Jobs(CatalogSet set, string? host, string? topologyFile, string? role, string? from)
    {
        role = role is null ? null : CatalogCommand.Role(set, "--role", role);
        from = from is null ? null : CatalogCommand.Role(set, "--from", from);

        bool FromMatches(ToolEntry e) => from is null || e.FromRoles.Contains(from, StringComparer.OrdinalIgnoreCase);
        if ((host is null) == (topologyFile is null))
        {
            throw new UsageException("Give either --host HOST or --topology FILE.");
        }

        if (host is not null)
        {
            var entries = set.Entries.Where(e => (role is null || e.ToRoles.Contains(role, StringComparer.OrdinalIgnoreCase)) && FromMatches(e)).ToList();
            return [new Job(CheckHost(host), entries, entries.Select(ToDefinition).ToList())];
        }

        if (from is null)
        {
            throw new UsageException("--topology needs --from ROLE: the role of the machine the probe runs on.");
        }

        var topology = Topology.Load(topologyFile!, set.Roles);
        var jobs = new Dictionary<string, Job>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in set.Entries.Where(FromMatches))
        {
            foreach (var target in entry.ToRoles.Where(r => role is null || string.Equals(r, role, StringComparison.OrdinalIgnoreCase)))
            {
                foreach (var name in topology.TryGetValue(target, out var hosts) ? hosts : [])
                {
                    if (!jobs.TryGetValue(name, out var job))
                    {
                        jobs.Add(name, job = new Job(name, [], []));
                    }

                    if (!job.Entries.Contains(entry))
                    {
                        job.Entries.Add(entry);
                        job.Definitions.Add(ToDefinition(entry));
                    }
                }
            }
        }

        return [.. jobs.Values];
    }

    private static PortCatalog.PortDefinition ToDefinition(ToolEntry entry)
    {
        var e = entry.Spec;
        return new PortCatalog.PortDefinition(
            e.Group, e.Name, e.WrittenName, e.Port, e.LastPort, (PortCatalog.PortTransport)(int)e.Transport, e.From, e.To, e.Service, e.Security, e.Description, e.Source, e.Notes, e.FromRoles, e.ToRoles);
    }

    /// <summary>A host name (letters, digits, '-', '.') or an IP address; anything else is a typo, not a host.</summary>
    public static string CheckHost(string host)
    {
        var trimmed = host.Trim();
        if (System.Net.IPAddress.TryParse(trimmed.Trim('[', ']'), out _))
        {
            return trimmed.Trim('[', ']');
        }

        var valid = trimmed.Length is > 0 and <= 253 && trimmed.Split('.').All(label =>
            label.Length is > 0 and <= 63 && label[0] != '-' && label[^1] != '-' && label.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'));
        return valid ? trimmed : throw new UsageException("--host: '" + host + "' is not a host name or an IP address.");
    }

    private static TimeSpan ParseTimeout(string? value)
    {
        if (value is null)
        {
            return TimeSpan.FromSeconds(2);
        }

        var (number, unit) = value.EndsWith("ms", StringComparison.OrdinalIgnoreCase) ? (value[..^2], 1.0)
            : value.EndsWith('s') ? (value[..^1], 1000.0)
            : (value, 1000.0);
        return double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount) && amount * unit is >= 1 and <= 600_000
            ? TimeSpan.FromMilliseconds(amount * unit)
            : throw new UsageException("--timeout: '" + value + "' is not a time; use such as 2s, 500ms or 1.5 (seconds), up to 600s.");
    }
}
