using System;
using System.Collections.Generic;
using ExchangePorts.Generators.Catalog;
using ExchangePorts.Generators.Consumer;
using ExchangePorts.Generators.Data;
using ExchangePorts.Generators.Model;
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
    private readonly Dictionary<int, PortConstant[]> _byPort;
    private readonly HashSet<INamedTypeSymbol> _catalogs;
    private readonly HashSet<string> _catalogApiNames;

    private PortIndex(Dictionary<int, PortConstant[]> byPort, HashSet<INamedTypeSymbol> catalogs)
    {
        _byPort = byPort;
        _catalogs = catalogs;
        _catalogApiNames = new HashSet<string>(StringComparer.Ordinal) { TypeNames.Definition };
        foreach (var catalog in catalogs)
        {
            _catalogApiNames.UnionWith(catalog.MemberNames);
        }
    }

    public bool TryGet(int port, out PortConstant[] constants) => _byPort.TryGetValue(port, out constants!);

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
    /// a catalog class (it is partial: users may add their own).
    /// </summary>
    public bool MayBeCatalogApi(string simpleName) => _catalogApiNames.Contains(simpleName);

    /// <summary>The index, or null when the compilation can use no catalog (then the analyzer does nothing).</summary>
    public static PortIndex? Create(Compilation compilation)
    {
        var byPort = new Dictionary<int, List<PortConstant>>();
        var catalogs = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);

        // A test project sees its library's internal catalog (InternalsVisibleTo) beside its own copy of the
        // same catalog: one constant by name, the project's own first.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var order = 0;
        foreach (var (catalog, data) in FindCatalogs(compilation))
        {
            catalogs.Add(catalog);
            var entries = Entries(data);
            var @namespace = catalog.ContainingNamespace.IsGlobalNamespace ? string.Empty : catalog.ContainingNamespace.ToDisplayString();

            // A catalog without groups has its constants on the class itself; a group is a nested class.
            // Only a constant of a single-port entry counts: a range's First and Last are not ports of it.
            void Add(INamedTypeSymbol container, string group)
            {
                foreach (var member in container.GetMembers())
                {
                    if (member is IFieldSymbol { IsConst: true, ConstantValue: int port } field &&
                        field.Type.SpecialType == SpecialType.System_Int32 &&
                        entries.TryGetValue(CatalogBuilder.QualifiedName(group, field.Name), out var entry) &&
                        !entry.IsRange &&
                        compilation.IsSymbolAccessibleWithin(field, compilation.Assembly) &&
                        seen.Add(@namespace + "." + catalog.Name + "." + CatalogBuilder.QualifiedName(group, field.Name)))
                    {
                        if (!byPort.TryGetValue(port, out var list))
                        {
                            byPort.Add(port, list = []);
                        }

                        var path = group.Length == 0 ? catalog.Name + "." + field.Name : catalog.Name + "." + group + "." + field.Name;
                        var escaped = group.Length == 0 ? Escape(catalog.Name) + "." + Escape(field.Name) : Escape(catalog.Name) + "." + Escape(group) + "." + Escape(field.Name);
                        list.Add(new PortConstant(field, @namespace, escaped, path, PortDescription.Of(entry), entry.From, entry.To, order++));
                    }
                }
            }

            Add(catalog, string.Empty);
            foreach (var group in catalog.GetTypeMembers())
            {
                Add(group, group.Name);
            }
        }

        if (byPort.Count == 0)
        {
            return null;
        }

        var result = new Dictionary<int, PortConstant[]>(byPort.Count);
        foreach (var pair in byPort)
        {
            result.Add(pair.Key, pair.Value.ToArray());
        }

        return new PortIndex(result, catalogs);
    }

    private static string Escape(string name) => SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None ? name : "@" + name;

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

    /// <summary>
    /// Each entry by <c>Group.Name</c> (the name alone without groups); none when the data is not readable
    /// (another generator version): then the catalog's constants are not reported, since what they mean is unknown.
    /// </summary>
    private static Dictionary<string, PortEntrySpec> Entries(string data)
    {
        var entries = new Dictionary<string, PortEntrySpec>(StringComparer.Ordinal);
        if (CatalogDataReader.TryRead(data, out var read))
        {
            foreach (var entry in read)
            {
                entries[CatalogBuilder.QualifiedName(entry.Group, entry.Name)] = entry;
            }
        }

        return entries;
    }
}
