using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using ExchangePorts.Operations.Entries;
using ExchangePorts.Operations.Errors;
using ExchangePorts.Operations.Files;
using ExchangePorts.Operations.Planning;
using ExchangePorts.Operations.Sources;
using ExchangePorts.Operations.Writers;
using ExchangePorts.Tool.Output;
using PortCatalog.Probing;

namespace ExchangePorts.Tool.Commands;

/// <summary>How <c>probe</c> writes its results.</summary>
internal enum ProbeFormat
{
    Table,
    Json,
}

/// <summary><c>probe</c>: checks the ports of the catalogs' entries against hosts, with nmap's verdicts.</summary>
internal static class ProbeCommand
{
    public static Command Create(CommonOptions common, ToolConsole console)
    {
        var host = new Option<string[]>("--host", "-H") { Description = "A host to probe: a name or an IPv4 or IPv6 address (repeatable).", HelpName = "HOST" };
        host.Validators.Add(result =>
        {
            foreach (var value in result.GetValueOrDefault<string[]>() ?? [])
            {
                if (Hosts.Problem(value) is { } problem)
                {
                    result.AddError("--host: " + problem);
                }
            }
        });
        var topology = new Option<string>("--topology") { Description = "A JSON file of roles and their hosts ({ \"Edge\": [\"edge01\"], \"Mailbox\": \"mbx01\" }): probes every path from the --from role to each host.", HelpName = "FILE" };
        var role = CommonOptions.Role("The role of the hosts probed: the entries that reach it across the network (Edge, Mailbox, ...).", required: false);
        var from = common.From;
        var timeout = new Option<TimeSpan>("--timeout", "-t")
        {
            Description = "How long one port may take before it is filtered, with its unit: 2s (default), 500ms, 1.5s; at most 600s.",
            HelpName = "TIME",
            CustomParser = ParseTimeout,
        };
        var parallel = new Option<int>("--parallel", "-j")
        {
            Description = "How many ports are probed at once, across all hosts (default 64; at most 4096, and never more than the open-file limit allows).",
            HelpName = "N",
            DefaultValueFactory = _ => 64,
            CustomParser = result =>
            {
                var value = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
                if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is >= 1 and <= 4096)
                {
                    return number;
                }

                result.AddError("--parallel: '" + value + "' is not a number from 1 to 4096.");
                return 64;
            },
        };
        var sweep = new Option<bool>("--sweep-ranges") { Description = "Probe every port of a range entry (RPC 49152-65535) instead of reporting it not probed." };
        var banner = new Option<bool>("--banner") { Description = "On an open port, check the service answers as the entry says: SMTP 220, POP3 +OK, IMAP * OK, TLS for a service over SSL or TLS, STARTTLS for SMTP whose security names TLS." };
        var unexpected = new Option<bool>("--unexpected") { Description = "Also sweep every TCP port no entry grants from the --from role to the --role role, and report each open one as unexpected (exit code 1): what should be closed and is not." };
        var format = CommonOptions.Choice("--format", "-f", "How to write the results", [("table", "for people", ProbeFormat.Table), ("json", "for CI and monitoring", ProbeFormat.Json)]);
        return CatalogCommand.Create(
            "probe",
            "Check the ports of the catalogs' entries on hosts: open (handshake done), closed (refused), filtered (no answer in time),\n" +
            "unresolved, error; UDP is open only with an answer (DNS gets a query), other UDP and ranges are not probed.\n" +
            "Each port is probed once per host, for every entry on it (with --banner, once per answer its entries expect). Ctrl+C, SIGTERM and SIGHUP stop it and write what was found.\n" +
            "With --unexpected, every other TCP port is swept too, and an open one is reported as unexpected.\n" +
            "Exit codes: 0 every probed port open (and, with --banner, every service answering) and none unexpected, 1 any not, 2 bad input.\n\n" +
            "Examples:\n" +
            "  exchange-ports probe --host edge01 --role Edge --from Mailbox\n" +
            "  exchange-ports probe --host 127.0.0.1 --catalog my.ports.csv --format json\n" +
            "  exchange-ports probe --host mbx01 --host mbx02 --role Mailbox --timeout 1s --parallel 40\n" +
            "  exchange-ports probe --topology site.json --from Mailbox\n" +
            "  exchange-ports probe --host edge01 --role Edge --from Internet --unexpected",
            [host, topology, role, from, timeout, parallel, sweep, banner, unexpected, format, common.Output],
            common,
            console,
            (result, set) =>
            {
                var options = new PortProbeOptions
                {
                    // No default value on the option: help would show it as 00:00:02; the description says 2s.
                    Timeout = result.GetResult(timeout) is null ? DefaultTimeout : result.GetValue(timeout),
                    Parallelism = Math.Min(result.GetValue(parallel), DescriptorLimit.Free() ?? int.MaxValue),
                    SweepRanges = result.GetValue(sweep),
                    CheckService = result.GetValue(banner),
                };
                var hosts = result.GetValue(host) ?? [];
                var plan = ProbePlanner.Plan(set, hosts, result.GetValue(topology), result.GetValue(role), result.GetValue(from));
                var sweepTargets = result.GetValue(unexpected) ? ProbePlanner.Unexpected(set, plan, result.GetValue(role), result.GetValue(from), ParameterNames.CommandLine) : null;

                using var cancel = new CancellationTokenSource();
                using var stop = new StopSignals(cancel);
                var found = new ConcurrentQueue<PortProbeResult>();
                var watch = System.Diagnostics.Stopwatch.StartNew();
                IReadOnlyList<PortProbeResult> results;
                var cancelled = false;
                List<PortProbeResult>? open = sweepTargets is null ? null : [];
                try
                {
                    results = ProbeRunner.Run(plan.Targets, options, d => plan.EntryOf(d).FullName, cancel.Token, found.Enqueue, console);
                    if (sweepTargets is not null)
                    {
                        // Every port of the ungranted ranges, as a full sweep probes them; only open ones are findings.
                        var sweepOptions = new PortProbeOptions { Timeout = options.Timeout, Parallelism = options.Parallelism, SweepRanges = true };
                        open!.AddRange(ProbeRunner.Run(sweepTargets, sweepOptions, _ => ProbePlanner.UnexpectedGroup, cancel.Token, r => { }, console).Where(r => r.Verdict == PortVerdict.Open));
                    }
                }
                catch (OperationCanceledException)
                {
                    cancelled = true;
                    results = found.ToList();
                }

                var text = result.GetValue(format) == ProbeFormat.Json
                    ? ProbeReport.Json(plan, results, watch.Elapsed, cancelled, open)
                    : ProbeReport.Table(plan, results, watch.Elapsed, cancelled, open);
                OutputTarget.Write(text, result.GetValue(common.Output), console);
                return cancelled || open?.Count > 0 || results.Any(r => (r.Verdict != PortVerdict.Open && r.Verdict != PortVerdict.NotProbed) || r.ServiceAnswered == false)
                    ? ExitCodes.NotFound
                    : ExitCodes.Success;
            });
    }

    /// <summary>A time with its unit: <c>500ms</c>, <c>2s</c>, <c>1.5s</c>; from 1 ms to 600 s.</summary>
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(2);

    private static TimeSpan ParseTimeout(ArgumentResult result)
    {
        var value = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        var (number, unit) = value.EndsWith("ms", StringComparison.OrdinalIgnoreCase) ? (value[..^2], 1.0)
            : value.EndsWith('s') || value.EndsWith('S') ? (value[..^1], 1000.0)
            : (string.Empty, 0.0);
        if (unit > 0 && number.Length > 0 && number.All(c => char.IsAsciiDigit(c) || c == '.') &&
            double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount) && amount * unit is >= 1 and <= 600_000)
        {
            return TimeSpan.FromMilliseconds(amount * unit);
        }

        result.AddError("--timeout: '" + value + "' is not a time with its unit; use such as 2s, 500ms or 1.5s, from 1ms to 600s.");
        return TimeSpan.FromSeconds(2);
    }

    /// <summary>
    /// Ctrl+C, SIGTERM and SIGHUP stop the probe the same way: it ends at once, and what was found is written. A
    /// second signal is the system's to act on.
    /// </summary>
    private sealed class StopSignals : IDisposable
    {
        private readonly List<PosixSignalRegistration> registrations = [];

        public StopSignals(CancellationTokenSource cancel)
        {
            foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP })
            {
                if (signal == PosixSignal.SIGHUP && OperatingSystem.IsWindows())
                {
                    continue;
                }

                registrations.Add(PosixSignalRegistration.Create(signal, context =>
                {
                    if (!cancel.IsCancellationRequested)
                    {
                        context.Cancel = true;
                        cancel.Cancel();
                    }
                }));
            }
        }

        public void Dispose()
        {
            foreach (var registration in registrations)
            {
                registration.Dispose();
            }
        }
    }
}
