using System.Collections.Generic;
using ExchangePorts.Generators.Common;
using ExchangePorts.Generators.Model;
using Microsoft.CodeAnalysis;

namespace ExchangePorts.Generators.Consumer;

/// <summary>
/// Catalog classes that would be named like a namespace the compilation already has (a project named
/// <c>ExchangePorts.Tools</c> declares the namespace <c>ExchangePorts</c>): beside it the class is CS0101
/// in this assembly, or CS0437 against a reference, in a file the user cannot edit.
/// </summary>
internal static class NamespaceClashes
{
    /// <summary>The full names of the classes that clash, each with the namespace's first declaration: in source, or the assembly.</summary>
    public static EquatableArray<NamespaceClash> Find(Compilation compilation, IEnumerable<CatalogSpec> specs)
    {
        List<NamespaceClash>? clashes = null;
        foreach (var spec in specs)
        {
            if (FindNamespace(compilation.GlobalNamespace, spec.Namespace) is not { } container)
            {
                continue;
            }

            if (NamespaceNamed(container, spec.ClassName) is { } clash)
            {
                (clashes ??= []).Add(new NamespaceClash(spec.FullName, DeclaredIn(clash, compilation)));
            }
        }

        return clashes is null ? EquatableArray<NamespaceClash>.Empty : new EquatableArray<NamespaceClash>(clashes.ToArray());
    }

    private static INamespaceSymbol? FindNamespace(INamespaceSymbol global, string name)
    {
        if (name.Length == 0)
        {
            return global;
        }

        INamespaceSymbol? current = global;
        foreach (var part in name.Split('.'))
        {
            current = NamespaceNamed(current, part);
            if (current is null)
            {
                return null;
            }
        }

        return current;
    }

    // A lookup by name, not a walk through every namespace: this runs after every edit.
    private static INamespaceSymbol? NamespaceNamed(INamespaceSymbol container, string name)
    {
        foreach (var member in container.GetMembers(name))
        {
            if (member is INamespaceSymbol @namespace)
            {
                return @namespace;
            }
        }

        return null;
    }

    // Where the user can see the namespace: their own declaration ("this project") or a referenced assembly.
    private static string DeclaredIn(INamespaceSymbol @namespace, Compilation compilation)
    {
        foreach (var part in @namespace.ConstituentNamespaces)
        {
            if (SymbolEqualityComparer.Default.Equals(part.ContainingAssembly, compilation.Assembly))
            {
                return "this project";
            }
        }

        foreach (var part in @namespace.ConstituentNamespaces)
        {
            if (part.ContainingAssembly is { } assembly)
            {
                return "the referenced assembly '" + assembly.Name + "'";
            }
        }

        return "a referenced assembly";
    }
}

/// <summary>A catalog class named like a namespace, and where that namespace is declared.</summary>
internal readonly record struct NamespaceClash(string ClassFullName, string DeclaredIn);
