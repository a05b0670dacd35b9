using System;
using System.Collections.Generic;
using System.Linq;
using PortCatalog;

namespace PortCatalog.Probing;

/// <summary>A host and the catalog entries whose ports to probe on it.</summary>
public sealed class ProbeTarget
{
    /// <summary>Creates a target.</summary>
    /// <param name="host">A host name or an IPv4 or IPv6 address.</param>
    /// <param name="entries">Catalog entries, such as a generated catalog's <c>All</c> or a group's.</param>
    public ProbeTarget(string host, IEnumerable<PortDefinition> entries)
    {
        Host = host ?? throw new ArgumentNullException(nameof(host));
        Entries = (entries ?? throw new ArgumentNullException(nameof(entries))).ToList();
    }

    /// <summary>The host as given.</summary>
    public string Host { get; }

    /// <summary>The entries, in the order given.</summary>
    public IReadOnlyList<PortDefinition> Entries { get; }
}
