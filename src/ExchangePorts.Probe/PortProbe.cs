using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using PortCatalog;

namespace PortCatalog.Probing;

/// <summary>
/// Probes the ports of catalog entries on hosts, in parallel, each within a timeout:
/// <code>
/// var results = await PortProbe.ProbeAsync("edge01", Exchange2019Ports.EdgeSync.All, new PortProbeOptions(), cancellationToken);
/// </code>
/// A TCP port is open when the handshake completes, closed when refused, filtered when nothing answers in time.
/// UDP is never reported open without an answer: DNS (53) gets a real query; other UDP entries are not probed.
/// A range entry is not probed port by port unless <see cref="PortProbeOptions.SweepRanges"/> says so. Each port
/// is probed once per host, however many entries share it; its result lists them all.
/// </summary>
public static class PortProbe
{
    private const int DnsPort = 53;

    /// <summary>One result per port and transport of the host, in the order of the entries' first use of it.</summary>
    /// <param name="host">A host name or an IPv4 or IPv6 address.</param>
    /// <param name="entries">Catalog entries, such as a generated catalog's <c>All</c> or a group's.</param>
    /// <param name="options">Timeout, parallelism, ranges; the defaults when null.</param>
    /// <param name="cancellationToken">Stops the probe at once.</param>
    /// <param name="onResult">Called as each result is known (from any thread), for progress or for what was found before a cancellation.</param>
    /// <exception cref="OperationCanceledException">The token was cancelled; the results found so far went to <paramref name="onResult"/>.</exception>
    public static Task<IReadOnlyList<PortProbeResult>> ProbeAsync(
        string host,
        IEnumerable<PortDefinition> entries,
        PortProbeOptions? options = null,
        CancellationToken cancellationToken = default,
        Action<PortProbeResult>? onResult = null) =>
        ProbeAsync([new ProbeTarget(host, entries)], options, cancellationToken, onResult);

    /// <summary>
    /// Probes several hosts at once, within one budget: <see cref="PortProbeOptions.Parallelism"/> ports at a time
    /// across all of them. Results host by host in the targets' order (a host named twice is one host), each
    /// host's in the order of the entries' first use of a port.
    /// </summary>
    /// <exception cref="OperationCanceledException">The token was cancelled; the results found so far went to <paramref name="onResult"/>.</exception>
    public static async Task<IReadOnlyList<PortProbeResult>> ProbeAsync(
        IEnumerable<ProbeTarget> targets,
        PortProbeOptions? options = null,
        CancellationToken cancellationToken = default,
        Action<PortProbeResult>? onResult = null)
    {
        options ??= new PortProbeOptions();
        var plan = Plan(targets ?? throw new ArgumentNullException(nameof(targets)), options);
        var addresses = await Task.WhenAll(plan.Hosts.Select(h => ResolveAsync(h, options.Timeout, cancellationToken))).ConfigureAwait(false);
        var work = plan.Work;
        var results = new PortProbeResult[work.Count];

        // On Linux, TCP ports without a service check go to the poll scan (nmap's way), on a thread of its own; the
        // rest to workers. The two share the parallelism.
        var scanned = new List<int>();
        var others = new List<int>();
        for (var i = 0; i < work.Count; i++)
        {
            var item = work[i];
            var scan = PollConnectScan.IsSupported && !options.CheckService && item.Transport == PortTransport.Tcp && item.NotProbed is null && addresses[item.Host] is not null;
            (scan ? scanned : others).Add(i);
        }

        var otherSlots = scanned.Count == 0 ? options.Parallelism : Math.Min(others.Count, Math.Max(1, options.Parallelism / 8));
        var scanning = scanned.Count == 0
            ? Task.CompletedTask
            : Task.Factory.StartNew(
                () => PollConnectScan.Run(
                    scanned.ConvertAll(i => new PollConnectScan.Target(
                        new IPEndPoint(addresses[work[i].Host]![0], work[i].Port),
                        (verdict, detail, elapsed) => Report(i, new PortProbeResult(work[i].Entries, plan.Hosts[work[i].Host], work[i].Port, work[i].Transport, verdict, elapsed, detail)))),
                    Math.Max(1, options.Parallelism - otherSlots),
                    options.Timeout,
                    cancellationToken),
                cancellationToken,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default);

        void Report(int index, PortProbeResult result)
        {
            results[index] = result;
            onResult?.Invoke(result);
        }

        // As many workers as their share of the parallelism allows, each with its own connect probe, taking the next
        // port when its last one is done: no task, lock or timer waits for a port before its turn.
        var next = -1;
        async Task WorkAsync(TcpProbe tcp)
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < others.Count)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var item = work[others[index]];
                Report(others[index], await ProbeOneAsync(plan.Hosts[item.Host], addresses[item.Host], item, tcp, options, cancellationToken).ConfigureAwait(false));
            }
        }

        var probes = new TcpProbe[Math.Max(1, Math.Min(otherSlots, others.Count))];
        var workers = new Task[probes.Length + 1];
        workers[probes.Length] = scanning;
        using (var sweeper = new DeadlineSweeper(probes, options.Timeout, cancellationToken))
        {
            try
            {
                for (var i = 0; i < probes.Length; i++)
                {
                    probes[i] = new TcpProbe();
                }

                for (var i = 0; i < probes.Length; i++)
                {
                    workers[i] = WorkAsync(probes[i]);
                }

                await Task.WhenAll(workers).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                cancellationToken.ThrowIfCancellationRequested();
                throw;
            }
            finally
            {
                foreach (var probe in probes)
                {
                    probe?.Dispose();
                }
            }
        }

        return results;
    }

    /// <summary>
    /// How many results <see cref="ProbeAsync(string, IEnumerable{PortDefinition}, PortProbeOptions?, CancellationToken, Action{PortProbeResult}?)"/>
    /// gives for these entries with these options: one per port and transport, a range not swept one in all. For progress.
    /// </summary>
    public static int ResultCount(IEnumerable<PortDefinition> entries, PortProbeOptions? options = null) =>
        ResultCount([new ProbeTarget("host", entries ?? throw new ArgumentNullException(nameof(entries)))], options);

    /// <summary>How many results probing these targets gives. For progress.</summary>
    public static int ResultCount(IEnumerable<ProbeTarget> targets, PortProbeOptions? options = null) =>
        Plan(targets ?? throw new ArgumentNullException(nameof(targets)), options ?? new PortProbeOptions()).Work.Count;

    /// <summary>The verdict as nmap and the tool write it: <c>open</c>, <c>not probed</c>.</summary>
    public static string VerdictText(PortVerdict verdict) => verdict switch
    {
        PortVerdict.NotProbed => "not probed",
        _ => verdict.ToString().ToLowerInvariant(),
    };

    /// <summary>One port (or a range not swept) on one transport of one host, and every entry on it.</summary>
    private sealed class Work
    {
        public Work(int host, int port, PortTransport transport, string? notProbed)
        {
            Host = host;
            Port = port;
            Transport = transport;
            NotProbed = notProbed;
        }

        public int Host { get; }

        public int Port { get; }

        public PortTransport Transport { get; }

        public string? NotProbed { get; }

        public List<PortDefinition> Entries { get; } = [];
    }

    private sealed class ProbePlan(List<string> hosts, List<Work> work)
    {
        public List<string> Hosts { get; } = hosts;

        public List<Work> Work { get; } = work;
    }

    private static ProbePlan Plan(IEnumerable<ProbeTarget> targets, PortProbeOptions options)
    {
        var hosts = new List<string>();
        var work = new List<Work>();

        // Per host: its work by port, transport and kind (a port, a range not swept, a transport not probed); with the
        // service check, by what the entries expect of the service too, so entries on one port that expect different
        // answers (plain SMTP, SMTP with STARTTLS) are each checked, never judged by another's check.
        var byKey = new Dictionary<(int Host, int Port, int Last, PortTransport Transport, string? Check), Work>();
        void Add(int host, PortDefinition entry, int port, int last, PortTransport transport, string? notProbed)
        {
            var check = options.CheckService && transport == PortTransport.Tcp && notProbed is null ? ServiceCheck.Expected(entry)?.Key : null;
            if (!byKey.TryGetValue((host, port, last, transport, check), out var item))
            {
                byKey.Add((host, port, last, transport, check), item = new Work(host, port, transport, notProbed));
                work.Add(item);
            }

            if (!item.Entries.Contains(entry))
            {
                item.Entries.Add(entry);
            }
        }

        foreach (var target in targets)
        {
            var host = hosts.FindIndex(h => string.Equals(h, target.Host, StringComparison.OrdinalIgnoreCase));
            if (host < 0)
            {
                hosts.Add(target.Host);
                host = hosts.Count - 1;
            }

            foreach (var entry in target.Entries)
            {
                foreach (var transport in new[] { PortTransport.Tcp, PortTransport.Udp })
                {
                    if ((entry.Transport & transport) == 0)
                    {
                        continue;
                    }

                    if (entry.IsRange && !options.SweepRanges)
                    {
                        var count = (entry.LastPort - entry.Port + 1).ToString(CultureInfo.InvariantCulture);
                        Add(host, entry, entry.Port, entry.LastPort, transport, "range " + entry.Port.ToString(CultureInfo.InvariantCulture) + "-" + entry.LastPort.ToString(CultureInfo.InvariantCulture) + ", not probed: sweeping it probes " + count + " ports");
                        continue;
                    }

                    if (transport == PortTransport.Udp)
                    {
                        // DNS has a request of its own. The other ports of a range are one result, not one each of
                        // thousands: UDP cannot tell them apart.
                        const string silentUdp = "UDP without a request of its own for this service: no answer would not tell open from filtered";
                        if (entry.Port < DnsPort)
                        {
                            Add(host, entry, entry.Port, Math.Min(entry.LastPort, DnsPort - 1), transport, silentUdp);
                        }

                        if (entry.Port <= DnsPort && DnsPort <= entry.LastPort)
                        {
                            Add(host, entry, DnsPort, DnsPort, transport, null);
                        }

                        if (entry.LastPort > DnsPort)
                        {
                            Add(host, entry, Math.Max(entry.Port, DnsPort + 1), entry.LastPort, transport, silentUdp);
                        }

                        continue;
                    }

                    for (var port = entry.Port; port <= entry.LastPort; port++)
                    {
                        Add(host, entry, port, port, transport, null);
                    }
                }

                if ((entry.Transport & (PortTransport.Tcp | PortTransport.Udp)) == 0)
                {
                    Add(host, entry, entry.Port, entry.LastPort, entry.Transport, "only TCP and UDP are probed");
                }
            }
        }

        return new ProbePlan(hosts, work);
    }

    private static async Task<IPAddress[]?> ResolveAsync(string host, TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (IPAddress.TryParse(host, out var address))
        {
            return [address];
        }

        try
        {
            var lookup = Dns.GetHostAddressesAsync(host);
            var finished = await Task.WhenAny(lookup, Task.Delay(timeout + timeout, cancellationToken)).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            if (finished != lookup)
            {
                return null;
            }

            var addresses = await lookup.ConfigureAwait(false);
            return addresses.Length == 0 ? null : addresses.OrderBy(a => a.AddressFamily == AddressFamily.InterNetwork ? 0 : 1).ToArray();
        }
        catch (SocketException)
        {
            return null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static async Task<PortProbeResult> ProbeOneAsync(string host, IPAddress[]? addresses, Work work, TcpProbe tcp, PortProbeOptions options, CancellationToken cancellationToken)
    {
        var timeout = options.Timeout;
        bool? answered = null;
        var started = Stopwatch.GetTimestamp();
        PortVerdict verdict;
        string detail;
        if (work.NotProbed is not null)
        {
            (verdict, detail) = (PortVerdict.NotProbed, work.NotProbed);
        }
        else if (addresses is null)
        {
            (verdict, detail) = (PortVerdict.Unresolved, "the name '" + host + "' does not resolve");
        }
        else
        {
            var endpoint = new IPEndPoint(addresses[0], work.Port);
            (verdict, detail) = work.Transport == PortTransport.Tcp
                ? await tcp.ConnectAsync(endpoint, timeout, cancellationToken).ConfigureAwait(false)
                : await DnsProbe.QueryAsync(endpoint, timeout, cancellationToken).ConfigureAwait(false);
            var expected = work.Entries.Select(ServiceCheck.Expected).FirstOrDefault(e => e is not null);
            if (options.CheckService && verdict == PortVerdict.Open && work.Transport == PortTransport.Tcp && expected is not null)
            {
                (var ok, detail) = await ServiceCheck.CheckAsync(endpoint, host, expected, timeout, cancellationToken).ConfigureAwait(false);
                answered = ok;
            }
        }

        var elapsed = TimeSpan.FromSeconds((Stopwatch.GetTimestamp() - started) / (double)Stopwatch.Frequency);
        return new PortProbeResult(work.Entries, host, work.Port, work.Transport, verdict, elapsed, detail, answered);
    }
}
