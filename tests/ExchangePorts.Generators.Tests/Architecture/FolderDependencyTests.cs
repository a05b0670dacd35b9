using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ExchangePorts.Generators.Tests.Infrastructure;
using ExchangePorts.Tests.Shared;
using Xunit;

namespace ExchangePorts.Generators.Tests.Architecture;

/// <summary>
/// The generator's folders form a chain: each uses only the folders before it. Roslyn plumbing is at the
/// bottom; reading a catalog comes before the model it fills, which comes before emitting; the analyzer is
/// last. The root types (the generator's pipeline) sit on top: no folder uses them, and they reach the
/// catalog reader only through its entry point.
/// </summary>
public class FolderDependencyTests
{
    /// <summary>The chain, from the bottom: a folder may use the folders listed before it, never one after.</summary>
    private static readonly FolderChain Generator = new(
        Path.Combine(RepositoryPaths.Root, "src", "ExchangePorts.Generators"), "ExchangePorts.Generators",
        ["Common", "Naming", "Text", "Json", "Model", "Diagnostics", "Catalog", "Roslyn", "Data", "Emit", "Consumer", "Analyzers"], "Polyfills");

    private static string[] Chain => Generator.Chain;

    /// <summary>The catalog reader: the folders the operations library compiles too, without Roslyn.</summary>
    public static readonly string[] Reader = Chain.Take(Array.IndexOf(Chain, "Catalog") + 1).ToArray();

    private static string Source => Path.Combine(RepositoryPaths.Root, "src", "ExchangePorts.Generators");

    [Fact]
    public void Every_folder_of_the_generator_is_in_the_chain()
    {
        Assert.Equal(Chain.Order(StringComparer.Ordinal), Generator.Folders);
    }

    [Fact]
    public void Every_file_is_in_its_folder_s_namespace()
    {
        Assert.Empty(Generator.FilesOutsideTheirNamespace(IsEmittedCode));
    }

    [Fact]
    public void A_folder_uses_only_the_folders_before_it()
    {
        Assert.Empty(Generator.ArrowsBack(IsEmittedCode));
    }

    /// <summary>Emit/Runtime holds C# emitted into users' projects, not code of the generator.</summary>
    private static bool IsEmittedCode(string file) => file.Contains(Path.Combine("Emit", "Runtime"), StringComparison.Ordinal);

    /// <summary>The types declared by the files at the generator's root: the pipeline, above every folder.</summary>
    private static string[] RootTypes => Directory.GetFiles(Source, "*.cs")
        .SelectMany(file => Declarations.Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value))
        .ToArray();

    [Fact]
    public void No_folder_uses_a_root_type()
    {
        // A file in a folder sees the root namespace's types without a using directive, so look for the names.
        var roots = RootTypes;
        Assert.Contains("PortCatalogGenerator", roots);
        var usesOfRoot = Chain
            .SelectMany(folder => Directory.GetFiles(Path.Combine(Source, folder), "*.cs", SearchOption.AllDirectories))
            .SelectMany(file => roots.Where(root => Regex.IsMatch(File.ReadAllText(file), @"\b" + root + @"\b")).Select(root => Path.GetRelativePath(Source, file) + " uses " + root))
            .ToList();
        Assert.Empty(usesOfRoot);
    }

    [Fact]
    public void The_catalog_reader_builds_without_Roslyn()
    {
        var roslyn = Reader
            .SelectMany(folder => Directory.GetFiles(Path.Combine(Source, folder), "*.cs", SearchOption.AllDirectories))
            .Where(file => File.ReadAllText(file).Contains("Microsoft.CodeAnalysis", StringComparison.Ordinal))
            .Select(file => Path.GetRelativePath(Source, file));
        Assert.Empty(roslyn);
    }

    [Fact]
    public void The_catalog_reader_is_reached_only_through_its_entry_points_by_the_compiler_s_adapter()
    {
        // Helpers that later stages need (options, CSV, exception text) live lower in the chain, not in Catalog.
        var catalogTypes = Directory.GetFiles(Path.Combine(Source, "Catalog"), "*.cs")
            .SelectMany(file => Declarations.Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal);
        Assert.Contains("CatalogParser", catalogTypes);

        var laterFolders = Chain.Skip(Array.IndexOf(Chain, "Catalog") + 1)
            .SelectMany(folder => Directory.GetFiles(Path.Combine(Source, folder), "*.cs", SearchOption.AllDirectories))
            .Where(file => !file.Contains(Path.Combine("Emit", "Runtime"), StringComparison.Ordinal));
        var uses = new List<string>();
        foreach (var file in laterFolders.Concat(Directory.GetFiles(Source, "*.cs")))
        {
            var isAdapter = file == Path.Combine(Source, "Roslyn", "AdditionalCatalogs.cs");
            foreach (var type in catalogTypes)
            {
                if (!(isAdapter && type is "CatalogParser" or "CatalogDiscovery") && Regex.IsMatch(File.ReadAllText(file), @"\b" + type + @"\b"))
                {
                    uses.Add(Path.GetRelativePath(Source, file) + " uses " + type);
                }
            }
        }

        Assert.Empty(uses);
    }

    [Fact]
    public void The_check_sees_an_arrow_back()
    {
        Assert.Matches(Generator.Uses, "using ExchangePorts.Generators.Emit;");
        Assert.Matches(Generator.Uses, "var cache = new ExchangePorts.Generators.Catalog.FieldStringCache();");
    }

    [Fact]
    public void No_source_file_is_over_400_lines()
    {
        // The real-code corpora are other projects' files, kept unchanged; snapshots are generated output.
        var tooLong = new[] { "src", "tests" }
            .SelectMany(folder => Directory.GetFiles(Path.Combine(RepositoryPaths.Root, folder), "*.cs", SearchOption.AllDirectories))
            .Where(file => !file.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal) &&
                           !file.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal) &&
                           !file.Contains(Path.Combine("tests", "RealCode"), StringComparison.Ordinal) &&
                           !file.EndsWith(".approved.cs", StringComparison.Ordinal))
            .Select(file => (File: Path.GetRelativePath(RepositoryPaths.Root, file), Lines: File.ReadAllLines(file).Length))
            .Where(file => file.Lines > 400)
            .Select(file => file.File + ": " + file.Lines);
        Assert.Empty(tooLong);
    }

    // A type declaration: its name.
    private static readonly Regex Declarations = new(@"^\s*(?:(?:internal|public|private|static|sealed|readonly|partial|abstract)\s+)*(?:class|record struct|record|struct|enum|interface)\s+(\w+)", RegexOptions.Compiled | RegexOptions.Multiline);
}
