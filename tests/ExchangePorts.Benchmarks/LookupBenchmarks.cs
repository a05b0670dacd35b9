using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using PortCatalog;

/// <summary>The generated lookups against the dictionaries a developer would otherwise build from the same data.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 5, iterationCount: 20)]
public class LookupBenchmarks
{
    private static readonly int[] Ports = [25, 135, 389, 587, 1, 50636, 443, 3268];
    private static readonly string[] Names = ["HubToEdge.Smtp", "hubtoactivedirectory.globalcatalog", "EdgeSync.SecureLdap", "Nope.Nothing"];

    private readonly Dictionary<int, PortDefinition[]> _byPort = ExchangeCatalog.All.GroupBy(p => p.Port).ToDictionary(g => g.Key, g => g.ToArray());
    private readonly FrozenDictionary<int, PortDefinition[]> _byPortFrozen = ExchangeCatalog.All.GroupBy(p => p.Port).ToFrozenDictionary(g => g.Key, g => g.ToArray());
    private readonly Dictionary<string, PortDefinition> _byName = ExchangeCatalog.All.ToDictionary(p => p.QualifiedName, StringComparer.OrdinalIgnoreCase);
    private readonly FrozenDictionary<string, PortDefinition> _byNameFrozen = ExchangeCatalog.All.ToFrozenDictionary(p => p.QualifiedName, StringComparer.OrdinalIgnoreCase);

    [Benchmark(Baseline = true)]
    public int Find()
    {
        var found = 0;
        foreach (var port in Ports)
        {
            found += ExchangeCatalog.Find(port).Count;
        }

        return found;
    }

    [Benchmark]
    public int FindWithDictionary()
    {
        var found = 0;
        foreach (var port in Ports)
        {
            found += _byPort.TryGetValue(port, out var entries) ? entries.Length : 0;
        }

        return found;
    }

    [Benchmark]
    public int FindWithFrozenDictionary()
    {
        var found = 0;
        foreach (var port in Ports)
        {
            found += _byPortFrozen.TryGetValue(port, out var entries) ? entries.Length : 0;
        }

        return found;
    }

    [Benchmark]
    public int TryGet()
    {
        var found = 0;
        foreach (var name in Names)
        {
            found += ExchangeCatalog.TryGet(name, out _) ? 1 : 0;
        }

        return found;
    }

    [Benchmark]
    public int TryGetWithDictionary()
    {
        var found = 0;
        foreach (var name in Names)
        {
            found += _byName.TryGetValue(name, out _) ? 1 : 0;
        }

        return found;
    }

    [Benchmark]
    public int TryGetWithFrozenDictionary()
    {
        var found = 0;
        foreach (var name in Names)
        {
            found += _byNameFrozen.TryGetValue(name, out _) ? 1 : 0;
        }

        return found;
    }
}
