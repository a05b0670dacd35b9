using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using ExchangePorts.Generators.Consumer;
using ExchangePorts.Generators.Data;
using ExchangePorts.Generators.Model;
using ExchangePorts.Generators.Naming;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ExchangePorts.Generators.Analyzers;

/// <summary>
/// Every catalog constant a compilation can use, by port. Catalogs are found through the assembly
/// attribute each generated class registers itself with, in this compilation and in its references,
/// so the analyzer knows exactly what the generator produced, and never searches all types.
/// </summary>
internal sealed class PortIndex
{
    private readonly CatalogPorts[] _catalogPorts;
    private readonly HashSet<INamedTypeSymbol> _catalogs;

    // A port's constants from several catalogs, merged on first use so that later lookups allocate nothing.
    private readonly ConcurrentDictionary<int, PortConstant[]> _merged = new();

    private PortIndex(CatalogPorts[] catalogPorts, HashSet<INamedTypeSymbol> catalogs)
    {
        _catalogPorts = catalogPorts;
        _catalogs = catalogs;
    }

    /// <summary>
    /// The constants on a port, in catalog order (this compilation's catalogs first). A test project sees its
    /// library's internal catalog (InternalsVisibleTo) beside its own copy of the same catalog: one constant
    /// by name, the first.
    /// </summary>
    public bool TryGet(int port, out PortConstant[] constants)
    {
        if (_catalogPorts.Length == 1)
        {
            return _catalogPorts[0].ByPort.TryGetValue(port, out constants!);
        }

        if (_merged.TryGetValue(port, out constants!))
        {
            return true;
        }

        List<PortConstant>? found = null;
        HashSet<string>? seen = null;
        foreach (var catalog in _catalogPorts)
        {
            if (catalog.ByPort.TryGetValue(port, out var some))
            {
                foreach (var constant in some)
                {
                    if ((seen ??= new HashSet<string>(StringComparer.Ordinal)).Add(constant.Namespace + "." + constant.CodeName))
                    {
                        (found ??= []).Add(constant);
                    }
                }
            }
        }

        if (found is null)
        {
            return false;
        }

        constants = _merged.GetOrAdd(port, found.ToArray());
        return true;
    }

    /// <summary>
    /// True for the catalogs' own API (<c>ExchangePorts.Find(135)</c>, <c>new PortDefinition(…, 25, …)</c>),
    /// where a number is what the call is about, not a port hidden in code.
    /// </summary>
    public bool IsCatalogApi(INamedTypeSymbol? type) =>
        type is not null &&
        (_catalogs.Contains(type) || type is { Name: TypeNames.Definition, ContainingNamespace: { Name: TypeNames.Namespace, ContainingNamespace.IsGlobalNamespace: true } });

    /// <summary>
    /// False when a method or type of this simple name cannot be the catalogs' own API, so a call to it
    /// needs no binding to tell; true for <c>Find</c>, <c>PortDefinition</c> and every other member name of
    /// a catalog class (it is partial: users may add their own). Asked of each catalog's own name set,
    /// which the compiler keeps, rather than copied into one per compilation.
    /// </summary>
    public bool MayBeCatalogApi(string simpleName)
    {
        if (simpleName == TypeNames.Definition)
        {
            return true;
        }

        foreach (var catalog in _catalogs)
        {
            if (catalog.MemberNames.Contains(simpleName))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The index, or null when the compilation can use no catalog (then the analyzer does nothing).</summary>
    public static PortIndex? Create(Compilation compilation)
    {
        var catalogPorts = new List<CatalogPorts>();
        var catalogs = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        foreach (var (catalog, data) in FindCatalogs(compilation))
        {
            catalogs.Add(catalog);
            var @namespace = catalog.ContainingNamespace.IsGlobalNamespace ? string.Empty : catalog.ContainingNamespace.ToDisplayString();
            var ports = CatalogPorts.Of(data, @namespace, catalog.Name);
            if (ports.ByPort.Count > 0)
            {
                catalogPorts.Add(ports);
            }
        }

        return catalogPorts.Count == 0 ? null : new PortIndex([.. catalogPorts], catalogs);
    }

    private static IEnumerable<(INamedTypeSymbol Catalog, string Data)> FindCatalogs(Compilation compilation)
    {
        var seen = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        foreach (var assembly in Assemblies(compilation))
        {
            foreach (var registration in CatalogRegistration.In(assembly))
            {
                if (registration.IsAnalyzed &&
                    compilation.IsSymbolAccessibleWithin(registration.Catalog, compilation.Assembly) &&
                    seen.Add(registration.Catalog))
                {
                    yield return (registration.Catalog, registration.Data);
                }
            }
        }
    }

    private static IEnumerable<IAssemblySymbol> Assemblies(Compilation compilation)
    {
        yield return compilation.Assembly;
        foreach (var reference in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            yield return reference;
        }
    }
}
