using System.Collections.Generic;
using System.Linq;
using ExchangePorts.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ExchangePorts.Generators.Tests.Generation;

/// <summary>
/// <c>Documentation="brief"</c>: one line of documentation per member for registry-sized catalogs, the same
/// API, and still a summary on every public member.
/// </summary>
public class BriefDocumentationTests
{
    private static readonly Dictionary<string, string> Brief = new() { ["Documentation"] = "brief", ["Visibility"] = "public" };
    private static readonly Dictionary<string, string> Full = new() { ["Visibility"] = "public" };

    [Fact]
    public void Every_public_member_still_has_a_summary_and_the_catalog_compiles_clean()
    {
        // Public, documentation checked, warnings as errors: a member without a summary would be CS1591.
        var run = GeneratorHarness.Run([RepositoryPaths.ExchangeCatalogFile(Brief)]);
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Fact]
    public void A_group_and_its_entries_are_a_line_each_with_port_service_route_security_and_description()
    {
        var source = GeneratorHarness.Run([RepositoryPaths.ExchangeCatalogFile(Brief)]).Source("ExchangePorts.g.cs");
        var group = source.Substring(source.IndexOf("    /// <summary>Hub Transport server to Edge Transport server</summary>", System.StringComparison.Ordinal));
        Assert.StartsWith(
            """
                /// <summary>Hub Transport server to Edge Transport server</summary>
                public static partial class HubToEdge
                {
                    /// <summary>Port 25/TCP: SMTP, Hub Transport server → Edge Transport server. Security: SSL. Hub Transport
                    /// server to Edge Transport server</summary>
                    public const int Smtp = 25;

                    /// <summary>
                    /// Every entry of the group <c>HubToEdge</c>, in catalog order.
                    /// </summary>
            """.ReplaceLineEndings("\n"),
            group);
    }

    [Fact]
    public void Notes_sources_paragraphs_and_port_lists_are_left_out_below_the_class_summary()
    {
        var source = GeneratorHarness.Run([RepositoryPaths.ExchangeCatalogFile(Brief)]).Source("ExchangePorts.g.cs");
        var groups = source.Substring(source.IndexOf("public static partial class HubToHub", System.StringComparison.Ordinal));
        Assert.DoesNotContain("<para>", groups);
        Assert.DoesNotContain("<see ", groups);
        Assert.DoesNotContain("Note: ", groups);
        Assert.DoesNotContain("Source: ", groups);

        var full = GeneratorHarness.Run([RepositoryPaths.ExchangeCatalogFile(Full)]).Source("ExchangePorts.g.cs");
        Assert.True(source.Length * 2 < full.Length, $"brief {source.Length} characters, full {full.Length}");
    }

    [Fact]
    public void The_API_and_the_data_are_the_same_as_with_full_documentation()
    {
        var brief = GeneratorHarness.Run([RepositoryPaths.ExchangeCatalogFile(Brief)]);
        var full = GeneratorHarness.Run([RepositoryPaths.ExchangeCatalogFile(Full)]);
        Assert.Equal(PublicMembers(full.OutputCompilation), PublicMembers(brief.OutputCompilation));
        Assert.Equal(full.Source("ExchangePorts-data.g.cs"), brief.Source("ExchangePorts-data.g.cs"));
    }

    [Fact]
    public void A_JSON_catalog_and_the_project_property_can_ask_for_it()
    {
        const string Json = """{ "documentation": "brief", "entries": [ { "group": "Web", "name": "Https", "port": 443, "transport": "tcp", "notes": "Seen" } ] }""";
        var fromJson = GeneratorHarness.Run(new CatalogFile("/p/lab.ports.json", Json));
        Assert.Contains("/// <summary>Port 443/TCP.</summary>", fromJson.Source("LabPorts.g.cs"));

        const string Csv = "group,name,port,transport,notes\nWeb,Https,443,tcp,Seen\n";
        var fromProperty = GeneratorHarness.RunWithProjectProperties(
            new Dictionary<string, string> { ["ExchangePortsDocumentation"] = "Brief" },
            new CatalogFile("/p/lab.ports.csv", Csv));
        Assert.Contains("/// <summary>Port 443/TCP.</summary>", fromProperty.Source("LabPorts.g.cs"));
        Assert.DoesNotContain("Seen", fromProperty.Source("LabPorts.g.cs"));
    }

    [Fact]
    public void An_unknown_value_in_a_JSON_catalog_is_reported_where_it_is_written()
    {
        const string Json = "{\n  \"documentation\": \"short\",\n  \"entries\": [ { \"name\": \"Https\", \"port\": 443, \"transport\": \"tcp\" } ]\n}";
        var run = GeneratorHarness.RunLenient(new CatalogFile("/p/lab.ports.json", Json));
        Assert.Equal(["EXP1013 (2,20)"], run.DiagnosticLines);
        Assert.EndsWith("use full or brief", run.Result.Diagnostics.Single().GetMessage());
    }

    private static List<string> PublicMembers(Compilation compilation)
    {
        var members = new List<string>();
        void Visit(INamespaceOrTypeSymbol container)
        {
            foreach (var member in container.GetMembers().Where(m => m.DeclaredAccessibility == Accessibility.Public && !m.IsImplicitlyDeclared))
            {
                members.Add(member.ToDisplayString() + (member is IFieldSymbol { HasConstantValue: true } field ? " = " + field.ConstantValue : string.Empty));
                if (member is INamedTypeSymbol type)
                {
                    Visit(type);
                }
            }
        }

        Visit(compilation.GetTypeByMetadataName("ExchangePorts")!);
        Assert.True(members.Count > 17, "the catalog's members were not found");
        return members;
    }
}
