using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Versioning;
using System.Text.RegularExpressions;
using ExchangePorts.Operations.Entries;
using ExchangePorts.Tests.Shared;
using Xunit;

namespace ExchangePorts.Operations.Tests.Architecture;

/// <summary>
/// The operations library's folders form one chain, each using only those before it: errors, files, catalog
/// sources, the entry model and roles, planning, writers. It builds for netstandard2.0 and references no Roslyn,
/// so Windows PowerShell 5.1 on .NET Framework loads it.
/// </summary>
public class OperationsChainTests
{
    /// <summary>The chain, from the bottom: a folder may use the folders listed before it, never one after.</summary>
    private static readonly FolderChain Library = new(
        Repository.PathOf("src", "ExchangePorts.Operations"), "ExchangePorts.Operations", ["Errors", "Files", "Sources", "Entries", "Planning", "Writers"], "Polyfills");

    [Fact]
    public void Every_folder_of_the_library_is_in_the_chain()
    {
        Assert.Equal(Library.Chain.Order(StringComparer.Ordinal), Library.Folders);
    }

    [Fact]
    public void Every_file_is_in_its_folder_s_namespace()
    {
        Assert.Empty(Library.FilesOutsideTheirNamespace());
    }

    [Fact]
    public void A_folder_uses_only_the_folders_before_it()
    {
        Assert.Empty(Library.ArrowsBack());
    }

    [Fact]
    public void The_check_sees_an_arrow_back()
    {
        Assert.Matches(Library.Uses, "using ExchangePorts.Operations.Writers;");
        Assert.Equal("Writers", Library.Uses.Match("var plan = ExchangePorts.Operations.Writers.NftablesWriter.Write(plan);").Groups[1].Value);
    }

    [Fact]
    public void The_library_is_netstandard2_0_and_references_no_Roslyn()
    {
        var library = typeof(CatalogSet).Assembly;
        Assert.Equal(".NETStandard,Version=v2.0", library.GetCustomAttribute<TargetFrameworkAttribute>()!.FrameworkName);

        // Only the standard library and the two netstandard2.0 packages the probe and the entry type ship in.
        var references = library.GetReferencedAssemblies().Select(a => a.Name).Order(StringComparer.Ordinal);
        Assert.Equal(["ExchangePorts.Probe", "ExchangePorts.Runtime", "netstandard"], references);
        foreach (var dependency in new[] { typeof(PortCatalog.PortDefinition).Assembly, typeof(PortCatalog.Probing.PortProbe).Assembly })
        {
            // A netstandard2.0 assembly's framework is the one assembly netstandard; a .NET one's is System.Runtime.
            Assert.Contains("netstandard", dependency.GetReferencedAssemblies().Select(a => a.Name));
            Assert.DoesNotContain("System.Runtime", dependency.GetReferencedAssemblies().Select(a => a.Name));
        }
    }
}
