using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ExchangePorts.Generators.Tests.Infrastructure;
using Xunit;

namespace ExchangePorts.Generators.Tests.Architecture;

/// <summary>
/// The generator's folders form a chain: each uses only the folders before it. Reading a catalog comes
/// before the model it fills, which comes before emitting; the analyzer is last.
/// </summary>
public class FolderDependencyTests
{
    /// <summary>The chain, from the bottom: a folder may use the folders listed before it, never one after.</summary>
    private static readonly string[] Chain = ["Naming", "Text", "Json", "Model", "Diagnostics", "Catalog", "Data", "Emit", "Consumer", "Analyzers"];

    private static string Source => Path.Combine(RepositoryPaths.Root, "src", "ExchangePorts.Generators");

    [Fact]
    public void Every_folder_of_the_generator_is_in_the_chain()
    {
        var folders = Directory.GetDirectories(Source)
            .Select(Path.GetFileName)
            .Where(name => name is not ("bin" or "obj" or "Polyfills"))
            .Order(StringComparer.Ordinal);
        Assert.Equal(Chain.Order(StringComparer.Ordinal), folders);
    }

    [Fact]
    public void A_folder_uses_only_the_folders_before_it()
    {
        var arrowsBack = new List<string>();
        foreach (var folder in Chain)
        {
            foreach (var file in Directory.GetFiles(Path.Combine(Source, folder), "*.cs", SearchOption.AllDirectories))
            {
                // Emit/Runtime holds C# emitted into users' projects, not code of the generator.
                if (file.Contains(Path.Combine("Emit", "Runtime"), StringComparison.Ordinal))
                {
                    continue;
                }

                foreach (Match used in Uses.Matches(File.ReadAllText(file)))
                {
                    var target = used.Groups[1].Value;
                    if (Array.IndexOf(Chain, target) > Array.IndexOf(Chain, folder))
                    {
                        arrowsBack.Add(Path.GetRelativePath(Source, file) + " uses " + target);
                    }
                }
            }
        }

        Assert.Empty(arrowsBack);
    }

    [Fact]
    public void The_check_sees_an_arrow_back()
    {
        Assert.Matches(Uses, "using ExchangePorts.Generators.Emit;");
        Assert.Matches(Uses, "var cache = new ExchangePorts.Generators.Catalog.FieldStringCache();");
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

    // A using directive or a fully qualified name of one of the generator's folders.
    private static readonly Regex Uses = new(@"ExchangePorts\.Generators\.(\w+)\b(?!\.Tests)", RegexOptions.Compiled);
}
