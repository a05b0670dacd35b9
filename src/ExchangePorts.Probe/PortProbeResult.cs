using System;
using System.Collections.Generic;
using PortCatalog;

namespace PortCatalog.Probing;

/// <summary>The verdict on one port of a host, and the catalog entries it answers for.</summary>
public sealed class PortProbeResult
{
    /// <summary>Creates a result for one entry; <see cref="PortProbe"/> makes them.</summary>
    public PortProbeResult(PortDefinition entry, string host, int port, PortTransport transport, PortVerdict verdict, TimeSpan elapsed, string detail, bool? serviceAnswered = null)
        : this([entry], host, port, transport, verdict, elapsed, detail, serviceAnswered)
    {
    }

    /// <summary>Creates a result for every entry on the port; <see cref="PortProbe"/> makes them.</summary>
    public PortProbeResult(IReadOnlyList<PortDefinition> entries, string host, int port, PortTransport transport, PortVerdict verdict, TimeSpan elapsed, string detail, bool? serviceAnswered = null)
    {
        if (entries is null || entries.Count == 0)
        {
            throw new ArgumentException("A result answers for at least one entry.", nameof(entries));
        }

        ServiceAnswered = serviceAnswered;
        Entries = entries;
        Entry = entries[0];
        Host = host;
        Port = port;
        Transport = transport;
        Verdict = verdict;
        Elapsed = elapsed;
        Detail = detail;
    }

    /// <summary>The first catalog entry on the port: the one <see cref="Entries"/> starts with.</summary>
    public PortDefinition Entry { get; }

    /// <summary>Every catalog entry on the port and transport, each port being probed once per host.</summary>
    public IReadOnlyList<PortDefinition> Entries { get; }

    /// <summary>The host as given.</summary>
    public string Host { get; }

    /// <summary>The port probed; a range entry not swept has its first port.</summary>
    public int Port { get; }

    /// <summary>TCP or UDP.</summary>
    public PortTransport Transport { get; }

    /// <summary>What the probe found: open, closed, filtered, unresolved, error or not probed.</summary>
    public PortVerdict Verdict { get; }

    /// <summary>How long the probe of this port took.</summary>
    public TimeSpan Elapsed { get; }

    /// <summary>Why, where the verdict needs a word: the error's message, the reason a port was not probed; else empty.</summary>
    public string Detail { get; }

    /// <summary>
    /// With <see cref="PortProbeOptions.CheckService"/>, on an open port whose service can be checked: whether it
    /// answered as the entry says (the detail says what it answered); else null.
    /// </summary>
    public bool? ServiceAnswered { get; }

    /// <summary><c>edge01 50636/TCP open (EdgeSync.SecureLdap, 3 ms)</c>.</summary>
    public override string ToString() =>
        Host + " " + Port.ToString(System.Globalization.CultureInfo.InvariantCulture) + "/" + Transport.ToString().ToUpperInvariant() + " " +
        PortProbe.VerdictText(Verdict) + " (" + string.Join(", ", System.Linq.Enumerable.Select(Entries, e => e.QualifiedName)) + ", " + ((int)Elapsed.TotalMilliseconds).ToString(System.Globalization.CultureInfo.InvariantCulture) + " ms" +
        (Detail.Length > 0 ? ": " + Detail : string.Empty) + ")";
}
