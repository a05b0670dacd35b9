using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
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
    private static readonly string[] Chain = ["Platform", "Output", "Commands"];

    private static string Source => Repository.PathOf("src", "ExchangePorts.Tool");

    [Fact]
    public void Every_folder_of_the_tool_is_in_the_chain()
    {
        var folders = Directory.GetDirectories(Source).Select(Path.GetFileName).Where(name => name is not ("bin" or "obj")).Order(StringComparer.Ordinal);
        Assert.Equal(Chain.Order(StringComparer.Ordinal), folders);
    }

    [Fact]
    public void A_folder_uses_only_the_folders_before_it_and_never_the_root()
    {
        var arrowsBack = new List<string>();
        foreach (var folder in Chain)
        {
            foreach (var file in Directory.GetFiles(Path.Combine(Source, folder), "*.cs", SearchOption.AllDirectories))
            {
                var text = File.ReadAllText(file);
                Assert.Contains("namespace ExchangePorts.Tool." + folder + ";", text, StringComparison.Ordinal);
                arrowsBack.AddRange(Uses.Matches(text).Select(m => m.Groups[1].Value)
                    .Where(target => Array.IndexOf(Chain, target) > Array.IndexOf(Chain, folder))
                    .Select(target => Path.GetRelativePath(Source, file) + " uses " + target));
                arrowsBack.AddRange(new[] { "ToolCommandLine" }.Where(root => Regex.IsMatch(text, @"\b" + root + @"\b")).Select(root => Path.GetRelativePath(Source, file) + " uses " + root));
            }
        }

        Assert.Empty(arrowsBack);
    }

    [Fact]
    public void The_check_sees_an_arrow_back()
    {
        Assert.Equal("Commands", Uses.Match("using ExchangePorts.Tool.Commands;").Groups[1].Value);
    }

    [Fact]
    public void The_tool_references_the_operations_library_and_neither_the_generator_nor_Roslyn()
    {
        var references = typeof(ExitCodes).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.Contains("ExchangePorts.Operations", references);
        Assert.DoesNotContain(references, name => name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal) || name == "ExchangePorts.Generators");

        // Nor does its project: a reference unused today would be used tomorrow.
        var project = File.ReadAllText(Path.Combine(Source, "ExchangePorts.Tool.csproj"));
        Assert.DoesNotContain("Microsoft.CodeAnalysis", project, StringComparison.Ordinal);
        Assert.DoesNotContain("ExchangePorts.Generators", project, StringComparison.Ordinal);
    }

    // A using directive or a fully qualified name of one of the tool's folders.
    private static readonly Regex Uses = new(@"ExchangePorts\.Tool\.(\w+)\b(?!\.Tests)", RegexOptions.Compiled);
}
