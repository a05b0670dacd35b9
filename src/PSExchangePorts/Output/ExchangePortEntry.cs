using System.Linq;
using ExchangePorts.Operations.Entries;
using ExchangePorts.Operations.Writers;

namespace PSExchangePorts;

/// <summary>
/// One entry of a catalog, with every field <c>exchange-ports list --format json</c> writes. Plain properties of
/// strings, numbers and arrays, so a job's or a remote session's copy keeps them all.
/// </summary>
public sealed class ExchangePortEntry
{
    internal ExchangePortEntry(PortEntry entry)
    {
        var e = entry.Spec;
        Name = entry.QualifiedName;
        FullName = entry.FullName;
        Catalog = entry.Catalog;
        Group = e.Group;
        EntryName = e.Name;
        WrittenName = e.WrittenName;
        Port = e.Port;
        LastPort = e.LastPort;
        Ports = entry.Ports;
        Transports = EntryWriter.TransportNames(e.Transport, "/").Split('/').Where(t => t.Length > 0).Select(t => t.ToUpperInvariant()).ToArray();
        From = e.From;
        To = e.To;
        FromRoles = entry.FromRoles.ToArray();
        ToRoles = entry.ToRoles.ToArray();
        Route = entry.Route();
        Service = e.Service;
        Security = e.Security;
        Description = e.Description;
        Source = e.Source;
        Notes = e.Notes;
    }

    /// <summary><c>EdgeSync.SecureLdap</c>: the group and the entry's name, as generated code names it.</summary>
    public string Name { get; }

    /// <summary><c>Exchange2007Ports.EdgeSync.SecureLdap</c>: with the catalog's class.</summary>
    public string FullName { get; }

    /// <summary>The catalog's class: <c>Exchange2019Ports</c>.</summary>
    public string Catalog { get; }

    public string Group { get; }

    /// <summary>The entry's own name, without its group: <c>SecureLdap</c>.</summary>
    public string EntryName { get; }

    /// <summary>The name as the catalog wrote it.</summary>
    public string WrittenName { get; }

    /// <summary>The port, or the first of a range.</summary>
    public int Port { get; }

    /// <summary>The last port of a range; the port itself otherwise.</summary>
    public int LastPort { get; }

    /// <summary><c>25</c> or <c>1024-65535</c>.</summary>
    public string Ports { get; }

    /// <summary><c>TCP</c>, <c>UDP</c>, or both.</summary>
    public string[] Transports { get; }

    public string From { get; }

    public string To { get; }

    public string[] FromRoles { get; }

    public string[] ToRoles { get; }

    /// <summary><c>Mailbox → Edge</c>.</summary>
    public string Route { get; }

    public string Service { get; }

    public string Security { get; }

    public string Description { get; }

    /// <summary>The Microsoft page the entry comes from.</summary>
    public string Source { get; }

    public string Notes { get; }

    public override string ToString() => FullName;
}
