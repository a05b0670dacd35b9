using System.Collections.Generic;
using ExchangePorts.Generators.Naming;
using Microsoft.CodeAnalysis;

namespace ExchangePorts.Generators.Consumer;

/// <summary>
/// A generated catalog class as its assembly registers it: the <c>PortCatalogClassAttribute</c> that names
/// the class and carries its entries. Read by the analyzer (to describe constants) and by the generator (to
/// use a referenced copy of a catalog instead of declaring a second one).
/// </summary>
internal readonly struct CatalogRegistration(INamedTypeSymbol catalog, string data, bool isAnalyzed)
{
    public INamedTypeSymbol Catalog { get; } = catalog;

    /// <summary>The entries in <c>CatalogDataFormat</c> text.</summary>
    public string Data { get; } = data;

    /// <summary>False when the project kept the catalog out of the analyzer (<c>PortAnalyzer="false"</c>).</summary>
    public bool IsAnalyzed { get; } = isAnalyzed;

    public static IEnumerable<CatalogRegistration> In(IAssemblySymbol assembly)
    {
        // A project references hundreds of assemblies; decoding all their attributes cost about 100 ms
        // per compilation. Only an assembly with a catalog has its own copy of the attribute type.
        if (assembly.GetTypeByMetadataName(TypeNames.CatalogClassAttributeMetadataName) is null)
        {
            yield break;
        }

        foreach (var attribute in assembly.GetAttributes())
        {
            if (IsCatalogClassAttribute(attribute.AttributeClass) &&
                attribute.ConstructorArguments.Length == 2 &&
                attribute.ConstructorArguments[0].Value is INamedTypeSymbol catalog &&
                attribute.ConstructorArguments[1].Value is string data)
            {
                yield return new CatalogRegistration(catalog, data, !IsExcluded(attribute));
            }
        }
    }

    /// <summary><c>Analyzed = false</c>: the project keeps this catalog out of the analyzer.</summary>
    private static bool IsExcluded(AttributeData attribute)
    {
        foreach (var argument in attribute.NamedArguments)
        {
            if (argument.Key == TypeNames.AnalyzedProperty && argument.Value.Value is false)
            {
                return true;
            }
        }

        return false;
    }

    // Each assembly has its own copy of the attribute type, so it is matched by name, not by symbol.
    private static bool IsCatalogClassAttribute(INamedTypeSymbol? type) =>
        type is { Name: TypeNames.CatalogClassAttribute, ContainingNamespace: { Name: TypeNames.Namespace, ContainingNamespace.IsGlobalNamespace: true } };
}
