using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using ExchangePorts.Generators.Data;
using ExchangePorts.Generators.Model;
using ExchangePorts.Generators.Naming;

namespace ExchangePorts.Generators.Analyzers;

/// <summary>
/// One catalog's constants by port, read from its data alone (no symbol is asked for), and kept for as
/// long as the data string lives. An editor starts a compilation after every edit; the data string of a
/// referenced catalog, or of a generated file the driver did not regenerate, is then the same object, so
/// a registry-sized catalog is decoded once, not at every keystroke.
/// </summary>
internal sealed class CatalogPorts
{
    // Keyed by the data string's identity; the same data may name two classes (one file listed twice).
    private static readonly ConditionalWeakTable<string, ConcurrentDictionary<string, CatalogPorts>> Cache = new();

    private CatalogPorts(Dictionary<int, PortConstant[]> byPort) => ByPort = byPort;

    /// <summary>The catalog's single-port constants by port; a range's First and Last are not ports of it.</summary>
    public Dictionary<int, PortConstant[]> ByPort { get; }

    public static CatalogPorts Of(string data, string @namespace, string className) =>
        Cache.GetValue(data, static _ => new ConcurrentDictionary<string, CatalogPorts>(StringComparer.Ordinal))
            .GetOrAdd(@namespace + "." + className, _ => Read(data, @namespace, className));

    private static CatalogPorts Read(string data, string @namespace, string className)
    {
        var byPort = new Dictionary<int, List<PortConstant>>();

        // Unreadable data (another generator version): what the constants mean is unknown, so none is reported.
        if (CatalogDataReader.TryRead(data, out var entries))
        {
            foreach (var entry in entries)
            {
                if (entry.IsRange)
                {
                    continue;
                }

                if (!byPort.TryGetValue(entry.Port, out var list))
                {
                    byPort.Add(entry.Port, list = []);
                }

                var codeName = className + "." + GeneratedMembers.QualifiedName(entry.Group, entry.Name);
                list.Add(new PortConstant(@namespace, codeName, entry.Group, entry.Name, PortDescription.Of(entry), entry.From, entry.To, entry.Service));
            }
        }

        var result = new Dictionary<int, PortConstant[]>(byPort.Count);
        foreach (var pair in byPort)
        {
            result.Add(pair.Key, pair.Value.ToArray());
        }

        return new CatalogPorts(result);
    }
}
