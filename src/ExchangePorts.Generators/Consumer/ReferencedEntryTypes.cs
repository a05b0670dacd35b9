using System.Collections.Generic;
using System.Linq;
using ExchangePorts.Generators.Data;
using ExchangePorts.Generators.Model;
using ExchangePorts.Generators.Naming;
using Microsoft.CodeAnalysis;

namespace ExchangePorts.Generators.Consumer;

/// <summary>
/// Finds the entry types a referenced assembly already declares, so that a compilation uses them instead of
/// declaring its own copies: two declarations of <c>PortCatalog.PortDefinition</c> in sight of each other
/// are CS0436 warnings in every file that names one, and entries of two types cannot share a list.
/// </summary>
internal static class ReferencedEntryTypes
{
    public static EntryTypesInReferences Find(Compilation compilation)
    {
        IAssemblySymbol? provider = null;
        var isPublic = false;
        foreach (var definition in compilation.GetTypesByMetadataName(TypeNames.DefinitionMetadataName))
        {
            var assembly = definition.ContainingAssembly;
            if (SymbolEqualityComparer.Default.Equals(assembly, compilation.Assembly) ||
                !compilation.IsSymbolAccessibleWithin(definition, compilation.Assembly) ||
                assembly.GetTypeByMetadataName(TypeNames.TransportMetadataName) is not { } transport ||
                !compilation.IsSymbolAccessibleWithin(transport, compilation.Assembly) ||
                !HasDecoderConstructor(definition, transport))
            {
                continue;
            }

            if (provider is not null)
            {
                // Two libraries with their own public copies: naming either is ambiguous (CS0433).
                return EntryTypesInReferences.None;
            }

            provider = assembly;
            isPublic = definition.DeclaredAccessibility == Accessibility.Public && transport.DeclaredAccessibility == Accessibility.Public;
        }

        return provider is null ? EntryTypesInReferences.None
            : isPublic ? EntryTypesInReferences.Public
            : EntryTypesInReferences.Internal;
    }

    // A copy written by another version of the generator is used only if the decoder can build entries with it.
    private static bool HasDecoderConstructor(INamedTypeSymbol definition, INamedTypeSymbol transport)
    {
        return definition.InstanceConstructors.Any(constructor =>
            constructor.DeclaredAccessibility == Accessibility.Public &&
            constructor.Parameters.Length == EntryFields.Count &&
            constructor.Parameters.Select((parameter, i) => IsType(parameter.Type, EntryFields.TypeOf((EntryField)i), transport)).All(match => match));
    }

    private static bool IsType(ITypeSymbol type, string expected, INamedTypeSymbol transport) => expected switch
    {
        "string" => type.SpecialType == SpecialType.System_String,
        "int" => type.SpecialType == SpecialType.System_Int32,
        TypeNames.GlobalTransport => SymbolEqualityComparer.Default.Equals(type, transport),
        _ => false,
    };
}
