using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.Loader;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using Xunit;
using Xunit.Sdk;

namespace ExchangePorts.Generators.Tests.Infrastructure;

/// <summary>The caching check every generator test makes can fail, and fails for the reason it exists.</summary>
public class HarnessCacheCheckTests
{
    private static string GeneratorSource => Path.Combine(RepositoryPaths.Root, "src", "ExchangePorts.Generators");

    [Fact]
    public void A_first_run_is_not_cached_and_the_check_says_so()
    {
        var driver = GeneratorHarness.CreateDriver([RepositoryPaths.ExchangeCatalogFile()], trackSteps: true)
            .RunGenerators(GeneratorHarness.CreateCompilation("class A { }"));

        var failure = Assert.Throws<TrueException>(() => GeneratorHarness.AssertCached(driver.GetRunResult()));
        Assert.StartsWith("A rerun on equal inputs recomputed: ", failure.Message);
        Assert.Contains("ParseResults: New", failure.Message);
    }

    /// <summary>
    /// The generator's own source, compiled here with one model's value equality replaced by reference
    /// equality: a rerun on equal inputs must then see that model's step as modified. Without the mutation
    /// the same compiled generator passes, so the failure is the mutation's.
    /// </summary>
    [Theory]
    [InlineData(null, null)]
    [InlineData("Model/CatalogParseResult.cs", "ParseResults: Modified")]
    [InlineData("Model/GroupSpec.cs", "ParseResults: Modified")]
    public void A_model_compared_by_reference_fails_the_check(string? mutatedFile, string? expected)
    {
        var generator = CompileGenerator(mutatedFile);
        var catalogs = new[] { RepositoryPaths.ExchangeCatalogFile() };
        void Run() => GeneratorHarness.Run(generator, catalogs, GeneratorHarness.CreateCompilation("class A { }"));

        if (expected is null)
        {
            Run();
            return;
        }

        var failure = Assert.Throws<TrueException>(Run);
        Assert.Contains(expected, failure.Message);
    }

    /// <summary>The generator compiled from <c>src/ExchangePorts.Generators</c>, with the record of one file given reference equality.</summary>
    private static IIncrementalGenerator CompileGenerator(string? mutatedFile)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = new List<SyntaxTree>();
        foreach (var file in Directory.GetFiles(GeneratorSource, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(GeneratorSource, file).Replace('\\', '/');
            if (relative.StartsWith("obj/", StringComparison.Ordinal) || relative.StartsWith("bin/", StringComparison.Ordinal) ||
                relative.StartsWith("Emit/Runtime/", StringComparison.Ordinal))
            {
                continue;
            }

            var text = File.ReadAllText(file);
            if (relative == mutatedFile)
            {
                text = WithReferenceEquality(text);
            }

            trees.Add(CSharpSyntaxTree.ParseText(text, parseOptions, file));
        }

        Assert.True(mutatedFile is null || trees.Any(t => t.FilePath.EndsWith(mutatedFile, StringComparison.Ordinal)), mutatedFile);
        var compilation = CSharpCompilation.Create(
            "ExchangePorts.Generators.Mutated",
            trees,
            [.. Net100.References.All, MetadataReference.CreateFromFile(typeof(Compilation).Assembly.Location), MetadataReference.CreateFromFile(typeof(CSharpCompilation).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        using var assembly = new MemoryStream();
        var resources = Directory.GetFiles(Path.Combine(GeneratorSource, "Emit", "Runtime"), "*.cs")
            .Select(file => new ResourceDescription("ExchangePorts.Generators.Emit.Runtime." + Path.GetFileName(file), () => File.OpenRead(file), isPublic: true))
            .ToList();
        var emitted = compilation.Emit(assembly, manifestResources: resources);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));

        assembly.Position = 0;
        var context = new AssemblyLoadContext("mutated generator", isCollectible: true);
        var type = context.LoadFromStream(assembly).GetType("ExchangePorts.Generators.PortCatalogGenerator", throwOnError: true)!;
        return (IIncrementalGenerator)Activator.CreateInstance(type)!;
    }

    /// <summary><c>record X(...);</c> → the same record, equal only to itself.</summary>
    private static string WithReferenceEquality(string source)
    {
        var declaration = CSharpSyntaxTree.ParseText(source).GetRoot().DescendantNodes()
            .OfType<Microsoft.CodeAnalysis.CSharp.Syntax.RecordDeclarationSyntax>().Single();
        Assert.Equal(";", declaration.SemicolonToken.Text);
        var name = declaration.Identifier.Text;
        var body = " { public bool Equals(" + name + "? other) => ReferenceEquals(this, other); " +
            "public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this); }";
        return source.Remove(declaration.SemicolonToken.SpanStart, 1).Insert(declaration.SemicolonToken.SpanStart, body);
    }
}
