using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ExchangePorts.Tests.Shared;
using ExchangePorts.Tool.Commands;
using ExchangePorts.Tool.Tests.Infrastructure;
using Xunit;

namespace ExchangePorts.Tool.Tests.Architecture;

/// <summary>
/// The command line only translates: its folders form one chain (the platform's limits, then the console and
/// output files, then the commands, then the root that parses and maps errors to exit codes), and it reaches
/// catalogs, plans and writers only through the operations library, never the generator or Roslyn.
/// </summary>
public class ToolChainTests
{
    private static readonly FolderChain Tool = new(Repository.PathOf("src", "ExchangePorts.Tool"), "ExchangePorts.Tool", ["Output", "Commands"]);

    [Fact]
    public void Every_folder_of_the_tool_is_in_the_chain()
    {
        Assert.Equal(Tool.Chain.Order(StringComparer.Ordinal), Tool.Folders);
    }

    [Fact]
    public void Every_file_is_in_its_folder_s_namespace()
    {
        Assert.Empty(Tool.FilesOutsideTheirNamespace());
    }

    [Fact]
    public void A_folder_uses_only_the_folders_before_it_and_never_the_root()
    {
        var usesOfRoot = Tool.Chain.SelectMany(Tool.FilesOf)
            .Where(file => Regex.IsMatch(File.ReadAllText(file), @"\bToolCommandLine\b"))
            .Select(file => Tool.Relative(file) + " uses ToolCommandLine");
        Assert.Empty(Tool.ArrowsBack().Concat(usesOfRoot));
    }

    [Fact]
    public void The_check_sees_an_arrow_back()
    {
        Assert.Equal("Commands", Tool.Uses.Match("using ExchangePorts.Tool.Commands;").Groups[1].Value);
    }

    [Fact]
    public void The_tool_references_the_operations_library_and_neither_the_generator_nor_Roslyn()
    {
        var references = typeof(ExitCodes).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.Contains("ExchangePorts.Operations", references);
        Assert.DoesNotContain(references, name => name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal) || name == "ExchangePorts.Generators");

        // Nor does its project: a reference unused today would be used tomorrow.
        var project = File.ReadAllText(Repository.PathOf("src", "ExchangePorts.Tool", "ExchangePorts.Tool.csproj"));
        Assert.DoesNotContain("Microsoft.CodeAnalysis", project, StringComparison.Ordinal);
        Assert.DoesNotContain("ExchangePorts.Generators", project, StringComparison.Ordinal);
    }
}
