using System.Collections.Generic;
using System.Linq;
using ExchangePorts.Operations.Entries;
using PortCatalog;
using PortCatalog.Probing;

namespace ExchangePorts.Operations.Planning;

/// <summary>What a probe checks: the entries on each host, as the probe library takes them, and the way back to the entries.</summary>
internal sealed class ProbePlan
{
    private readonly Dictionary<PortDefinition, PortEntry> entryOf;

    public ProbePlan(IReadOnlyList<(string Host, IReadOnlyList<PortEntry> Entries)> hosts)
    {
        Hosts = hosts.Select(h => h.Host).ToList();
        Targets = hosts.Select(h => new ProbeTarget(h.Host, h.Entries.Select(e => e.Definition))).ToList();

        // Entries are told apart by identity: two catalogs may hold entries with equal fields.
        entryOf = new Dictionary<PortDefinition, PortEntry>(ReferenceComparer.Instance);
        foreach (var entry in hosts.SelectMany(h => h.Entries))
        {
            entryOf[entry.Definition] = entry;
        }
    }

    /// <summary>The hosts in the order given, each once.</summary>
    public IReadOnlyList<string> Hosts { get; }

    public IReadOnlyList<ProbeTarget> Targets { get; }

    /// <summary>The entry a probe result answers for.</summary>
    public PortEntry EntryOf(PortDefinition definition) => entryOf[definition];

    private sealed class ReferenceComparer : IEqualityComparer<PortDefinition>
    {
        public static readonly ReferenceComparer Instance = new();

        public bool Equals(PortDefinition? x, PortDefinition? y) => ReferenceEquals(x, y);

        public int GetHashCode(PortDefinition obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
    }
}
