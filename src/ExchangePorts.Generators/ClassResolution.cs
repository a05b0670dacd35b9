using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using ExchangePorts.Generators.Catalog;
using ExchangePorts.Generators.Consumer;
using ExchangePorts.Generators.Data;
using ExchangePorts.Generators.Diagnostics;
using ExchangePorts.Generators.Model;
using ExchangePorts.Generators.Naming;

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
                models[i] = Reported(spec, CatalogDiagnostics.DuplicateClass, owner.FullName, owner.CatalogName);
                continue;
            }

            owners.Add(spec.FullName, spec);
            models[i] = Find(namespaceClashes, spec) is { } clash
                ? Reported(spec, CatalogDiagnostics.ClassNamedLikeNamespace, spec.FullName, clash.DeclaredIn)
                : Find(referencedCatalogs, spec) is not { } referenced ? new CatalogEmitModel(spec, null)
                : spec.IsPublic && !referenced.IsPublic ? Reported(spec, CatalogDiagnostics.ClassInReference, spec.FullName, referenced.AssemblyName, "as an internal class, and this one is public")
                : HasSameEntries(spec, referenced) ? new CatalogEmitModel(null, null)
                : Reported(spec, CatalogDiagnostics.ClassInReference, spec.FullName, referenced.AssemblyName, "with other entries");
        }

        return new EquatableArray<CatalogEmitModel>(models);
    }

    private static CatalogEmitModel Reported(CatalogSpec spec, Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, params string[] arguments) =>
        new(null, DiagnosticInfo.Create(descriptor, LocationInfo.FileStart(spec.FilePath), arguments));

    private static NamespaceClash? Find(EquatableArray<NamespaceClash> clashes, CatalogSpec spec)
    {
        foreach (var clash in clashes)
        {
            if (clash.ClassFullName == spec.FullName)
            {
                return clash;
            }
        }

        return null;
    }

    private static ReferencedCatalog? Find(EquatableArray<ReferencedCatalog> catalogs, CatalogSpec spec)
    {
        foreach (var catalog in catalogs)
        {
            if (catalog.FullName == spec.FullName)
            {
                return catalog;
            }
        }

        return null;
    }

    /// <summary>The same entries (a library and its tests both get the Exchange catalog): the referenced class is the one meant.</summary>
    private static bool HasSameEntries(CatalogSpec spec, ReferencedCatalog referenced)
    {
        if (!CatalogDataReader.TryRead(referenced.Data, out var entries) ||
            entries.Length != spec.Entries.Count)
        {
            return false;
        }

        for (var i = 0; i < entries.Length; i++)
        {
            var mine = spec.Entries[i];
            if (entries[i] != mine with { Group = IdentifierNaming.Unescape(mine.Group), Name = IdentifierNaming.Unescape(mine.Name) })
            {
                return false;
            }
        }

        return true;
    }
}
