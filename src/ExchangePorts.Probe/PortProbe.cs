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
/// Probes the ports of catalog entries on a host, in parallel, each within a timeout:
/// <code>
/// var results = await PortProbe.ProbeAsync("edge01", Exchange2019Ports.EdgeSync.All, new PortProbeOptions(), cancellationToken);
/// </code>
/// A TCP port is open when the handshake completes, closed when refused, filtered when nothing answers in time.
/// UDP is never reported open without an answer: DNS (53) gets a real query; other UDP entries are not probed.
/// A range entry is not probed port by port unless <see cref="PortProbeOptions.SweepRanges"/> says so.
/// </summary>
public static class PortProbe
{
    private const int DnsPort = 53;

    /// <summary>One result per entry and port (and transport), in the entries' order.</summary>
    /// <param name="host">A host name or an IPv4 or IPv6 address.</param>
    /// <param name="entries">Catalog entries, such as a generated catalog's <c>All</c> or a group's.</param>
    /// <param name="options">Timeout, parallelism, ranges; the defaults when null.</param>
    /// <param name="cancellationToken">Stops the probe at once.</param>
    /// <param name="onResult">Called as each result is known (from any thread), for progress or for what was found before a cancellation.</param>
    /// <exception cref="OperationCanceledException">The token was cancelled; the results found so far went to <paramref name="onResult"/>.</exception>
    public static async Task<IReadOnlyList<PortProbeResult>> ProbeAsync(
        string host,
        IEnumerable<PortDefinition> entries,
        PortProbeOptions? options = null,
        CancellationToken cancellationToken = default,
        Action<PortProbeResult>? onResult = null)
    {
        if (host is null)
        {
            throw new ArgumentNullException(nameof(host));
        }

        options ??= new PortProbeOptions();
        var work = Plan(entries ?? throw new ArgumentNullException(nameof(entries)), options);
        var results = new PortProbeResult[work.Count];
        var resolved = await ResolveAsync(host, options.Timeout, cancellationToken).ConfigureAwait(false);

        // As many workers as the parallelism allows, each taking the next port when its last one is done:
        // no task, lock or timer waits for a port before its turn.
        var next = -1;
        async Task WorkAsync()
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < work.Count)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var result = await ProbeOneAsync(host, resolved, work[index], options, cancellationToken).ConfigureAwait(false);
                results[index] = result;
                onResult?.Invoke(result);
            }
        }

        var workers = new Task[Math.Max(1, Math.Min(options.Parallelism, work.Count))];
        for (var i = 0; i < workers.Length; i++)
        {
            workers[i] = WorkAsync();
        }

        try
        {
            await Task.WhenAll(workers).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            cancellationToken.ThrowIfCancellationRequested();
            throw;
        }

        return results;
    }

    /// <summary>
    /// How many results <see cref="ProbeAsync"/> gives for these entries with these options: one per entry, port
    /// and transport, a range entry one in all unless <see cref="PortProbeOptions.SweepRanges"/>. For progress.
    /// </summary>
    public static int ResultCount(IEnumerable<PortDefinition> entries, PortProbeOptions? options = null) =>
        Plan(entries ?? throw new ArgumentNullException(nameof(entries)), options ?? new PortProbeOptions()).Count;

    /// <summary>The verdict as nmap and the tool write it: <c>open</c>, <c>not probed</c>.</summary>
    public static string VerdictText(PortVerdict verdict) => verdict switch
    {
        PortVerdict.NotProbed => "not probed",
        _ => verdict.ToString().ToLowerInvariant(),
    };

    private readonly struct Work
    {
        public Work(PortDefinition entry, int port, PortTransport transport, string? notProbed)
        {
            Entry = entry;
            Port = port;
            Transport = transport;
            NotProbed = notProbed;
        }

        public PortDefinition Entry { get; }

        public int Port { get; }

        public PortTransport Transport { get; }

        public string? NotProbed { get; }
    }

    private static List<Work> Plan(IEnumerable<PortDefinition> entries, PortProbeOptions options)
    {
        var work = new List<Work>();
        foreach (var entry in entries)
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
                    work.Add(new Work(entry, entry.Port, transport, "range " + entry.Port.ToString(CultureInfo.InvariantCulture) + "-" + entry.LastPort.ToString(CultureInfo.InvariantCulture) + ", not probed: sweeping it probes " + count + " ports"));
                    continue;
                }

                for (var port = entry.Port; port <= entry.LastPort; port++)
                {
                    var notProbed = transport == PortTransport.Udp && port != DnsPort
                        ? "UDP without a request of its own for this service: no answer would not tell open from filtered"
                        : null;
                    work.Add(new Work(entry, port, transport, notProbed));
                }
            }

            if ((entry.Transport & (PortTransport.Tcp | PortTransport.Udp)) == 0)
            {
                work.Add(new Work(entry, entry.Port, entry.Transport, "only TCP and UDP are probed"));
            }
        }

        return work;
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

    private static async Task<PortProbeResult> ProbeOneAsync(string host, IPAddress[]? addresses, Work work, PortProbeOptions options, CancellationToken cancellationToken)
    {
        var timeout = options.Timeout;
        bool? answered = null;
        var watch = Stopwatch.StartNew();
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
                ? await TcpProbe.ConnectAsync(endpoint, timeout, cancellationToken).ConfigureAwait(false)
                : await DnsProbe.QueryAsync(endpoint, timeout, cancellationToken).ConfigureAwait(false);
            if (options.CheckService && verdict == PortVerdict.Open && work.Transport == PortTransport.Tcp && ServiceCheck.Expected(work.Entry) is { } expected)
            {
                (var ok, detail) = await ServiceCheck.CheckAsync(endpoint, host, expected, timeout, cancellationToken).ConfigureAwait(false);
                answered = ok;
            }
        }

        return new PortProbeResult(work.Entry, host, work.Port, work.Transport, verdict, watch.Elapsed, detail, answered);
    }
}
