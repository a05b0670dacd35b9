using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using ExchangePorts.Generators.Analyzers;
using ExchangePorts.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace ExchangePorts.Generators.Tests.Analyzers;

/// <summary>A public catalog compiled into a library is found, and described, from the project that references it.</summary>
public class ReferencedCatalogTests
{
    [Fact]
    public async Task A_catalog_in_a_referenced_assembly_is_found_through_its_attribute_and_described_from_its_data()
    {
        var library = GeneratorHarness.Run(
            [RepositoryPaths.ExchangeCatalogFile(new Dictionary<string, string> { ["Visibility"] = "public", ["Namespace"] = "Contoso" })]);
        Assert.Empty(library.CompilationDiagnostics);
        using var image = new System.IO.MemoryStream();
        Assert.True(library.OutputCompilation.Emit(image).Success);
        var reference = MetadataReference.CreateFromImage(image.ToArray());

        var consumer = CSharpCompilation.Create(
            "App",
            [CSharpSyntaxTree.ParseText("class C { int Connect(string host, int port) => port; int Run() => Connect(\"edge\", 50636); }")],
            [.. Basic.Reference.Assemblies.Net100.References.All, reference],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var diagnostics = await consumer
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new HardcodedPortAnalyzer()))
            .GetAnalyzerDiagnosticsAsync();

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("EXP2001", diagnostic.Id);
        Assert.Equal(
            "Port 50636 is the catalog port ExchangePorts.EdgeSync.SecureLdap (Hub Transport server → Edge Transport server, Secure LDAP (EdgeSync)); use the constant",
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_test_project_that_sees_its_librarys_internal_catalog_names_each_candidate_once()
    {
        // The library's catalog is internal and visible to the tests, which generate their own copy.
        var library = GeneratorHarness.Run(
            [RepositoryPaths.ExchangeCatalogFile()],
            "[assembly: System.Runtime.CompilerServices.InternalsVisibleTo(\"Tests\")]");
        using var image = new System.IO.MemoryStream();
        Assert.True(library.OutputCompilation.Emit(image).Success);

        var tests = CSharpCompilation.Create(
            "Tests",
            [CSharpSyntaxTree.ParseText("class C { int Connect(string host, int port) => port; int Run() => Connect(\"edge01\", 25); }", GeneratorHarness.ParseOptions)],
            [.. Basic.Reference.Assemblies.Net100.References.All, MetadataReference.CreateFromImage(image.ToArray())],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        GeneratorHarness.CreateDriver([RepositoryPaths.ExchangeCatalogFile()]).RunGeneratorsAndUpdateCompilation(tests, out var withCatalog, out _);
        var diagnostics = await withCatalog
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new HardcodedPortAnalyzer()))
            .GetAnalyzerDiagnosticsAsync();

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(
            "ExchangePorts.HubToEdge.Smtp;ExchangePorts.EdgeToEdge.Smtp;ExchangePorts.EdgeToHub.Smtp",
            diagnostic.Properties[PortDiagnosticProperties.DisplayNames]);
    }
}
