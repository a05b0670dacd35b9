using System.Collections.Generic;
using System.IO;
using System.Linq;
using ExchangePorts.Generators.Common;
using ExchangePorts.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ExchangePorts.Generators.Tests.Solutions;

/// <summary>
/// Assemblies that meet each other: a library's catalog seen from an app or from its tests, two libraries
/// in one app, the runtime assembly, a namespace named like a catalog class. Compiled in memory, warnings
/// as errors; the same layouts built for real with dotnet are in <c>Build/SolutionBuildTests</c>.
/// </summary>
public class SolutionLayoutTests
{
    private const string LibCsv = "group,name,port,transport\nWeb,Https,443,tcp\n";
    private const string OtherCsv = "group,name,port,transport\nMail,Imap,993,tcp\n";

    private static readonly Dictionary<string, string> Public = new() { ["Visibility"] = "public" };

    private static readonly string[] SharedHintNames = ["PortCatalog.SharedTypes.g.cs"];

    [Fact]
    public void An_app_with_its_own_catalog_uses_the_entry_types_of_a_library_with_a_public_catalog()
    {
        var lib = Library("Lib", [new CatalogFile("/lib/lib.ports.csv", LibCsv, Public)]);

        var app = Compile("App", [lib], [RepositoryPaths.ExchangeCatalogFile()], """
            using System.Collections.Generic;
            static class Use
            {
                static List<PortCatalog.PortDefinition> Both()
                {
                    var all = new List<PortCatalog.PortDefinition>(LibPorts.All);
                    all.AddRange(ExchangePorts.All);
                    return all;
                }
            }
            """);

        Assert.Empty(app.CompilationDiagnostics.Select(d => d.ToString()));
        Assert.DoesNotContain(SharedHintNames[0], app.HintNames);
        Assert.Equal("Lib", DefinitionAssembly(app));
    }

    [Fact]
    public void A_test_project_uses_the_internal_entry_types_its_library_shows_it()
    {
        var lib = Library(
            "Lib",
            [RepositoryPaths.ExchangeCatalogFile()],
            "[assembly: System.Runtime.CompilerServices.InternalsVisibleTo(\"Lib.Tests\")]");

        // Both get the Exchange catalog: the tests use the library's class. Both declare the internal
        // attribute and decoder; each uses its own, silently.
        var tests = Compile("Lib.Tests", [lib], [RepositoryPaths.ExchangeCatalogFile(), new CatalogFile("/t/fixtures.ports.csv", OtherCsv)], """
            static class Use
            {
                static PortCatalog.PortDefinition First() => FixturesPorts.All[0];
                static int Smtp() => ExchangePorts.HubToEdge.Smtp;
            }
            """);

        Assert.Empty(tests.Result.Diagnostics);
        Assert.Empty(tests.CompilationDiagnostics.Select(d => d.ToString()));
        Assert.DoesNotContain(SharedHintNames[0], tests.HintNames);
        Assert.DoesNotContain("ExchangePorts.g.cs", tests.HintNames);
        Assert.Contains("FixturesPorts.g.cs", tests.HintNames);
        Assert.Equal("Lib", DefinitionAssembly(tests));
        Assert.Equal("Lib", tests.OutputCompilation.GetTypeByMetadataName("ExchangePorts")!.ContainingAssembly.Name);
    }

    [Fact]
    public void A_catalog_class_a_reference_shows_with_other_entries_is_one_error_on_the_catalog()
    {
        var lib = Library(
            "Lib",
            [new CatalogFile("/lib/exchange.ports.csv", LibCsv)],
            "[assembly: System.Runtime.CompilerServices.InternalsVisibleTo(\"Lib.Tests\")]");

        var tests = Compile("Lib.Tests", [lib], [RepositoryPaths.ExchangeCatalogFile()]);

        var diagnostic = Assert.Single(tests.Result.Diagnostics);
        Assert.Equal("EXP1019", diagnostic.Id);
        Assert.Equal(
            "This catalog would generate the class 'ExchangePorts', which the referenced assembly 'Lib' already shows this project with other entries; set the ClassName or Namespace metadata of this catalog",
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.DoesNotContain("ExchangePorts.g.cs", tests.HintNames);
        Assert.Empty(tests.CompilationDiagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void A_public_catalog_here_is_not_replaced_by_an_internal_one_of_a_reference()
    {
        var lib = Library(
            "Lib",
            [RepositoryPaths.ExchangeCatalogFile()],
            "[assembly: System.Runtime.CompilerServices.InternalsVisibleTo(\"Lib.Tests\")]");

        var tests = Compile("Lib.Tests", [lib], [RepositoryPaths.ExchangeCatalogFile(Public)]);

        var diagnostic = Assert.Single(tests.Result.Diagnostics);
        Assert.Equal(
            "This catalog would generate the class 'ExchangePorts', which the referenced assembly 'Lib' already shows this project as an internal class, and this one is public; set the ClassName or Namespace metadata of this catalog",
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_public_catalog_cannot_show_internal_types_from_another_assembly_so_it_gets_its_own()
    {
        var lib = Library(
            "Lib",
            [RepositoryPaths.ExchangeCatalogFile()],
            "[assembly: System.Runtime.CompilerServices.InternalsVisibleTo(\"Lib.Tests\")]");

        var tests = Compile("Lib.Tests", [lib], [new CatalogFile("/t/fixtures.ports.csv", OtherCsv, Public)]);

        Assert.Empty(tests.CompilationDiagnostics.Select(d => d.ToString()));
        Assert.Contains("public sealed class PortDefinition", tests.Source(SharedHintNames[0]));
    }

    [Fact]
    public void Two_libraries_built_on_the_runtime_assembly_share_one_entry_type()
    {
        var runtime = RuntimeAssembly();
        var libA = Library("LibA", [new CatalogFile("/a/lib-a.ports.csv", LibCsv, Public)], [runtime]);
        var libB = Library("LibB", [new CatalogFile("/b/lib-b.ports.csv", OtherCsv, Public)], [runtime]);

        // An app without the package: no generator runs.
        var app = CSharpCompilation.Create(
            "App",
            [CSharpSyntaxTree.ParseText("""
                using System.Collections.Generic;
                static class Use
                {
                    static List<PortCatalog.PortDefinition> Both()
                    {
                        var all = new List<PortCatalog.PortDefinition>(LibAPorts.All);
                        all.AddRange(LibBPorts.All);
                        return all;
                    }
                }
                """, GeneratorHarness.ParseOptions)],
            [.. Basic.Reference.Assemblies.Net100.References.All, runtime, libA, libB],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, generalDiagnosticOption: ReportDiagnostic.Error));

        Assert.Empty(app.GetDiagnostics().Where(d => d.Severity != DiagnosticSeverity.Hidden).Select(d => d.ToString()));
    }

    [Fact]
    public void Without_the_runtime_assembly_two_libraries_each_declare_the_entry_types_and_an_app_cannot_name_them()
    {
        // The limit the "Solutions" section of docs/project-options.md states, shown so that it stays true: the fix is the runtime package.
        var libA = Library("LibA", [new CatalogFile("/a/lib-a.ports.csv", LibCsv, Public)]);
        var libB = Library("LibB", [new CatalogFile("/b/lib-b.ports.csv", OtherCsv, Public)]);
        var app = CSharpCompilation.Create(
            "App",
            [CSharpSyntaxTree.ParseText("static class Use { static PortCatalog.PortDefinition First() => LibAPorts.All[0]; }", GeneratorHarness.ParseOptions)],
            [.. Basic.Reference.Assemblies.Net100.References.All, libA, libB],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

        Assert.Contains("CS0433", app.GetDiagnostics().Select(d => d.Id));
    }

    [Fact]
    public void An_app_with_the_package_that_sees_two_libraries_own_entry_types_declares_its_own_and_compiles()
    {
        var libA = Library("LibA", [new CatalogFile("/a/lib-a.ports.csv", LibCsv, Public)]);
        var libB = Library("LibB", [new CatalogFile("/b/lib-b.ports.csv", OtherCsv, Public)]);

        var app = Compile("App", [libA, libB], [RepositoryPaths.ExchangeCatalogFile()], "static class Use { static int Port() => ExchangePorts.All[0].Port; }");

        Assert.Empty(app.CompilationDiagnostics.Select(d => d.ToString()));
        Assert.Contains(SharedHintNames[0], app.HintNames);
    }

    [Fact]
    public void The_runtime_assembly_is_the_public_entry_types_and_nothing_else()
    {
        var run = GeneratorHarness.Run(
            [],
            GeneratorHarness.CreateCompilation(),
            new Dictionary<string, string> { [OptionNames.Property.RuntimeAssembly] = "true" });

        Assert.Equal(SharedHintNames, run.HintNames);
        Assert.Contains("public sealed class PortDefinition", run.Source(SharedHintNames[0]));
        Assert.Contains("public enum PortTransport", run.Source(SharedHintNames[0]));
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Fact]
    public void Entry_types_of_another_shape_are_not_used()
    {
        // As an older ExchangePorts.Runtime would have them: the decoder could not call this constructor.
        var older = PlainAssembly(
            "ExchangePorts.Runtime",
            "namespace PortCatalog { public enum PortTransport { None } public sealed class PortDefinition { public PortDefinition(string name, int port) { } } }");

        var app = Compile("App", [older], [RepositoryPaths.ExchangeCatalogFile()]);

        Assert.Empty(app.CompilationDiagnostics.Select(d => d.ToString()));
        Assert.Contains(SharedHintNames[0], app.HintNames);
    }

    [Fact]
    public void A_class_named_like_a_namespace_of_the_project_is_one_error_on_the_catalog_and_no_generated_file()
    {
        var run = Compile("ExchangePorts.Tools", [], [RepositoryPaths.ExchangeCatalogFile()], "namespace ExchangePorts.Tools { internal class Class1 { } }");

        var diagnostic = Assert.Single(run.Result.Diagnostics);
        Assert.Equal("EXP1018", diagnostic.Id);
        Assert.Equal(RepositoryPaths.ExchangeCatalog, diagnostic.Location.GetLineSpan().Path);
        Assert.StartsWith(
            "This catalog would generate the class 'ExchangePorts', but this project declares a namespace of that name",
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("<ExchangePortsNamespace>$(RootNamespace)</ExchangePortsNamespace>", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.DoesNotContain("ExchangePorts.g.cs", run.HintNames);
        Assert.Empty(run.CompilationDiagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void A_class_named_like_a_namespace_of_a_reference_is_reported_with_the_assembly()
    {
        var tools = PlainAssembly("ExchangePorts.Tools", "namespace ExchangePorts.Tools { internal class Helper { } }");

        var run = Compile("App", [tools], [RepositoryPaths.ExchangeCatalogFile()]);

        var diagnostic = Assert.Single(run.Result.Diagnostics);
        Assert.Contains("the referenced assembly 'ExchangePorts.Tools' declares a namespace", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Empty(run.CompilationDiagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void The_fix_the_message_names_works_and_code_in_the_namespace_reads_as_before()
    {
        var run = Compile(
            "ExchangePorts.Tools",
            [],
            [RepositoryPaths.ExchangeCatalogFile()],
            new Dictionary<string, string> { ["ExchangePortsNamespace"] = "ExchangePorts.Tools" },
            "namespace ExchangePorts.Tools { internal static class Class1 { internal static int Smtp() => ExchangePorts.HubToEdge.Smtp; } }");

        Assert.Empty(run.Result.Diagnostics);
        Assert.Empty(run.CompilationDiagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void A_namespace_that_only_contains_the_class_name_further_down_is_no_clash()
    {
        var run = Compile("App", [], [RepositoryPaths.ExchangeCatalogFile()], "namespace Contoso.ExchangePorts { class C { } }");

        Assert.Empty(run.Result.Diagnostics);
        Assert.Contains("ExchangePorts.g.cs", run.HintNames);
    }

    private static string DefinitionAssembly(GeneratorRun run) =>
        run.OutputCompilation.GetTypeByMetadataName("PortCatalog.PortDefinition")!.ContainingAssembly.Name;

    private static MetadataReference RuntimeAssembly()
    {
        var run = GeneratorHarness.Run(
            [],
            CSharpCompilation.Create(
                "ExchangePorts.Runtime",
                [],
                Basic.Reference.Assemblies.Net100.References.All,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, generalDiagnosticOption: ReportDiagnostic.Error)),
            new Dictionary<string, string> { [OptionNames.Property.RuntimeAssembly] = "true" });
        return Emit(run.OutputCompilation);
    }

    private static MetadataReference Library(string name, IEnumerable<CatalogFile> catalogs, params string[] sources) =>
        Library(name, catalogs, [], sources);

    private static MetadataReference Library(string name, IEnumerable<CatalogFile> catalogs, IEnumerable<MetadataReference> references, params string[] sources)
    {
        var run = Compile(name, references, catalogs, sources);
        Assert.Empty(run.CompilationDiagnostics.Select(d => d.ToString()));
        return Emit(run.OutputCompilation);
    }

    private static GeneratorRun Compile(string name, IEnumerable<MetadataReference> references, IEnumerable<CatalogFile> catalogs, params string[] sources) =>
        Compile(name, references, catalogs, null, sources);

    private static GeneratorRun Compile(string name, IEnumerable<MetadataReference> references, IEnumerable<CatalogFile> catalogs, IReadOnlyDictionary<string, string>? properties, params string[] sources)
    {
        var compilation = CSharpCompilation.Create(
            name,
            sources.Select(source => CSharpSyntaxTree.ParseText(source, GeneratorHarness.ParseOptions)),
            [.. Basic.Reference.Assemblies.Net100.References.All, .. references],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, generalDiagnosticOption: ReportDiagnostic.Error));
        return GeneratorHarness.Run(catalogs, compilation, properties);
    }

    /// <summary>An assembly built without the generator.</summary>
    private static MetadataReference PlainAssembly(string name, string source) =>
        Emit(CSharpCompilation.Create(
            name,
            [CSharpSyntaxTree.ParseText(source)],
            Basic.Reference.Assemblies.Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)));

    private static MetadataReference Emit(Compilation compilation)
    {
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return MetadataReference.CreateFromImage(image.ToArray());
    }
}
