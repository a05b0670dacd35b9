using System;
using System.Linq;
using PortCatalog.Probing;

namespace PSExchangePorts;

/// <summary>
/// The verdict on one port of a computer, as <c>exchange-ports probe</c> gives it: open, closed, filtered, unresolved,
/// error or not probed (nmap's words). Plain properties, so a job's or a remote session's copy keeps them all.
/// </summary>
public sealed class ExchangePortProbeResult
{
    internal ExchangePortProbeResult(PortProbeResult result, string[] entries, string catalog, string role)
    {
        ComputerName = result.Host;
        Port = result.Port;
        Transport = result.Transport.ToString().ToUpperInvariant();
        Verdict = PortProbe.VerdictText(result.Verdict);
        Entry = entries[0];
        Entries = entries;
        Catalog = catalog;
        Role = role;
        Time = result.Elapsed;
        Detail = result.Detail;
        ServiceAnswered = result.ServiceAnswered;
    }

    /// <summary>The computer as given (canonical where it is an address).</summary>
    public string ComputerName { get; }

    public int Port { get; }

    /// <summary><c>TCP</c> or <c>UDP</c>.</summary>
    public string Transport { get; }

    /// <summary><c>open</c>, <c>closed</c>, <c>filtered</c>, <c>unresolved</c>, <c>error</c> or <c>not probed</c>.</summary>
    public string Verdict { get; }

    /// <summary>The first entry on the port: <c>Exchange2019Ports.MailboxToEdge.Smtp</c>.</summary>
    public string Entry { get; }

    /// <summary>Every entry on the port and transport; each port is probed once per computer.</summary>
    public string[] Entries { get; }

    /// <summary>The catalog the computer was probed with: <c>Exchange2016Ports</c>.</summary>
    public string Catalog { get; }

    /// <summary>The computer's roles whose paths were probed: <c>Mailbox</c>.</summary>
    public string Role { get; }

    /// <summary>How long the probe of this port took.</summary>
    public TimeSpan Time { get; }

    /// <summary>Why, where the verdict needs a word; else empty.</summary>
    public string Detail { get; }

    /// <summary>With <c>-Banner</c>, on an open port whose service can be checked: whether it answered as the entry says; else null.</summary>
    public bool? ServiceAnswered { get; }

    public override string ToString() => ComputerName + " " + Port + "/" + Transport + " " + Verdict + " (" + string.Join(", ", Entries.Select(e => e)) + ")";
}
