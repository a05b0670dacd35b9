using System.Collections.Generic;
using ExchangePorts.Generators.Common;
using ExchangePorts.Generators.Model;
using Microsoft.CodeAnalysis;

namespace ExchangePorts.Generators.Consumer;

/// <summary>
/// The catalog classes of referenced assemblies this compilation can see: public ones, and internal ones
/// shown through InternalsVisibleTo (a test project sees its library's). A catalog of the same name here
/// would be a second class of that name, CS0436 at every use; the generator uses the referenced one when it
/// has the same entries, and reports the clash otherwise.
/// </summary>
internal static class ReferencedCatalogs
{
    public static EquatableArray<ReferencedCatalog> Find(Compilation compilation)
    {
        List<ReferencedCatalog>? found = null;
        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            foreach (var registration in CatalogRegistration.In(assembly))
            {
                var catalog = registration.Catalog;
                if (compilation.IsSymbolAccessibleWithin(catalog, compilation.Assembly))
                {
                    // The data string is the referenced assembly's own, the same instance on every edit: comparing it is cheap.
                    (found ??= []).Add(new ReferencedCatalog(
                        catalog.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat.WithGlobalNamespaceStyle(SymbolDisplayGlobalNamespaceStyle.Omitted)),
                        assembly.Name,
                        catalog.DeclaredAccessibility == Accessibility.Public,
                        registration.Data));
                }
            }
        }

        return found is null ? EquatableArray<ReferencedCatalog>.Empty : new EquatableArray<ReferencedCatalog>(found.ToArray());
    }
}

/// <summary>A catalog class a referenced assembly declares, as the generator compares it with a catalog of the project.</summary>
/// <param name="FullName">As <see cref="CatalogSpec.FullName"/>: <c>Contoso.Network.ExchangePorts</c>.</param>
/// <param name="Data">Its entries in <c>CatalogDataFormat</c> text.</param>
internal sealed record ReferencedCatalog(string FullName, string AssemblyName, bool IsPublic, string Data);
