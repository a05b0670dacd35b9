using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ExchangePorts.Generators.Common;
using ExchangePorts.Generators.Consumer;
using ExchangePorts.Generators.Data;
using ExchangePorts.Generators.Diagnostics;
using ExchangePorts.Generators.Model;

namespace ExchangePorts.Generators;

/// <summary>Decides which catalogs get their class: each class name must be free in the compilation.</summary>
internal static class ClassResolution
{
    /// <summary>
    /// The first catalog (in AdditionalFiles order) to claim a class keeps it; later ones are reported.
    /// Hint names are compared ignoring case, so classes that differ only in case clash too. A class named
    /// like a namespace is reported; one a reference already declares with the same entries is not written
    /// again (the reference's is used), and with other entries is reported.
    /// </summary>
    public static EquatableArray<CatalogEmitModel> Resolve(
        ImmutableArray<CatalogSpec> specs,
        EquatableArray<NamespaceClash> namespaceClashes,
        EquatableArray<ReferencedCatalog> referencedCatalogs)
    {
        var owners = new Dictionary<string, CatalogSpec>(StringComparer.OrdinalIgnoreCase);
        var models = new CatalogEmitModel[specs.Length];
        for (var i = 0; i < specs.Length; i++)
        {
            var spec = specs[i];
            if (owners.TryGetValue(spec.FullName, out var owner))
            {
                // Two files of one name (a/exchange.ports.csv, b/exchange.ports.csv) are told apart by their paths.
                var ownerName = owner.CatalogName == spec.CatalogName ? owner.FilePath : System.IO.Path.GetFileName(owner.FilePath);
                models[i] = Reported(spec, CatalogDiagnostics.DuplicateClass, owner.FullName, ownerName);
                continue;
            }

            owners.Add(spec.FullName, spec);
            models[i] = TryFind(namespaceClashes, spec, static clash => clash.ClassFullName, out var clash)
                ? Reported(spec, CatalogDiagnostics.ClassNamedLikeNamespace, spec.FullName, clash.DeclaredIn)
                : !TryFind(referencedCatalogs, spec, static catalog => catalog.FullName, out var referenced) ? new CatalogEmitModel(spec, null)
                : spec.IsPublic && !referenced.IsPublic ? Reported(spec, CatalogDiagnostics.ClassInReference, spec.FullName, referenced.AssemblyName, "as an internal class, and this one is public")
                : HasSameEntries(spec, referenced) ? new CatalogEmitModel(null, null)
                : Reported(spec, CatalogDiagnostics.ClassInReference, spec.FullName, referenced.AssemblyName, "with other entries");
        }

        return new EquatableArray<CatalogEmitModel>(models);
    }

    private static CatalogEmitModel Reported(CatalogSpec spec, Rule rule, params string[] arguments) =>
        new(null, DiagnosticInfo.Create(rule, LocationInfo.FileStart(spec.FilePath), arguments));

    /// <summary>Finds the item about the spec's class, by the class's full name.</summary>
    private static bool TryFind<T>(EquatableArray<T> items, CatalogSpec spec, Func<T, string> classOf, out T found)
        where T : IEquatable<T>
    {
        foreach (var item in items)
        {
            if (classOf(item) == spec.FullName)
            {
                found = item;
                return true;
            }
        }

        found = default!;
        return false;
    }

    /// <summary>The same entries (a library and its tests both get the Exchange catalog): the referenced class is the one meant.</summary>
    private static bool HasSameEntries(CatalogSpec spec, ReferencedCatalog referenced) =>
        CatalogDataReader.TryRead(referenced.Data, out var entries, out var otherNames) &&
        spec.Entries.SequenceEqual(entries) &&
        spec.OtherWrittenNames.SequenceEqual(otherNames);
}
