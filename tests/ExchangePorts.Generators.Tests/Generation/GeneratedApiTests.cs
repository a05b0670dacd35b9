using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using ExchangePorts.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ExchangePorts.Generators.Tests.Generation;

/// <summary>
/// The generated API compiled the way a strict consumer compiles it (nullable, documentation file,
/// warnings as errors), then loaded and called the way application code calls it.
/// </summary>
public class GeneratedApiTests
{
    private static readonly Dictionary<string, string> Public = new() { ["Visibility"] = "public" };

    /// <summary>Application code: constants in case labels and attribute arguments, and every lookup.</summary>
    private const string Probe = """
        using System.Linq;

        /// <summary>Calls the generated API as an application would.</summary>
        public static class Probe
        {
            /// <summary>A constant is a compile-time value.</summary>
            [System.ComponentModel.DefaultValue(ExchangePorts.HubToEdge.Smtp)]
            public static string Describe(int port)
            {
                switch (port)
                {
                    case ExchangePorts.EdgeSync.SecureLdap: return "edgesync";
                    case ExchangePorts.HubToEdge.Smtp: return "smtp";
                    default: return "other";
                }
            }

            /// <summary>Constant values and switch labels.</summary>
            public static string Constants() => string.Join(",",
                ExchangePorts.HubToEdge.Smtp, ExchangePorts.HubToHub.SmtpSubmission, ExchangePorts.MailboxToHub.Rpc,
                ExchangePorts.EdgeSync.SecureLdap, ExchangePorts.EdgeAdam.Ldap, ExchangePorts.HubToActiveDirectory.GlobalCatalog,
                Describe(50636), Describe(25), Describe(26));

            /// <summary>Every entry, in catalog order.</summary>
            public static string All() => string.Join(",", ExchangePorts.All.Select(d => d.QualifiedName));

            /// <summary>A group's entries.</summary>
            public static string Group() => string.Join(",", ExchangePorts.EdgeToEdge.All.Select(d => d.ToString()));

            /// <summary>Find returns every entry on a port, and the same list every time.</summary>
            public static string Find() => string.Join(",", ExchangePorts.Find(135).Select(d => d.QualifiedName)) +
                "|" + ExchangePorts.Find(1).Count + "|" + ExchangePorts.Find(-5).Count + "|" + ExchangePorts.Find(70000).Count +
                "|" + ReferenceEquals(ExchangePorts.Find(25), ExchangePorts.Find(25)) +
                "|" + ReferenceEquals(ExchangePorts.Find(1), ExchangePorts.Find(2));

            /// <summary>TryGet ignores case and refuses what is not there.</summary>
            public static string TryGet()
            {
                var found = ExchangePorts.TryGet("hubtoedge.SMTP", out var smtp);
                var missing = ExchangePorts.TryGet("HubToEdge.Nope", out var none);
                var partial = ExchangePorts.TryGet("HubToEdge", out _);
                var empty = ExchangePorts.TryGet(null!, out _);
                return found + ":" + smtp.Port + ":" + smtp.Name + "|" + missing + ":" + (none is null) + "|" + partial + "|" + empty;
            }

            /// <summary>A descriptor carries every column.</summary>
            public static string Definition()
            {
                var d = ExchangePorts.EdgeToEdge.All.Single(e => e.Port == ExchangePorts.EdgeToEdge.Ldap);
                return string.Join("|", d.Group, d.Name, d.Port, d.Transport, d.From, d.To, d.Service, d.Security == "" ? "(none)" : d.Security,
                    d.Description, d.Source);
            }
        }
        """;

    private static Assembly CompileExchange(IReadOnlyDictionary<string, string>? metadata)
    {
        var run = GeneratorHarness.Run([RepositoryPaths.ExchangeCatalogFile(metadata)], Probe);
        Assert.Empty(run.Result.Diagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        return CompiledAssembly.Load(run.OutputCompilation);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_exchange_catalog_compiles_with_no_diagnostic_at_all(bool isPublic)
    {
        // With Visibility=public every generated member is visible, so a missing doc comment is CS1591, an error here.
        var run = GeneratorHarness.Run([RepositoryPaths.ExchangeCatalogFile(isPublic ? Public : null)], Probe);
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Fact]
    public void Constants_have_the_catalog_values_and_work_as_case_labels()
    {
        var assembly = CompileExchange(Public);
        Assert.Equal("25,587,135,50636,50389,3268,edgesync,smtp,other", assembly.Invoke("Probe", "Constants"));
    }

    [Fact]
    public void All_lists_the_17_entries_in_catalog_order()
    {
        var assembly = CompileExchange(null);
        Assert.Equal(
            "HubToHub.Smtp,HubToHub.SmtpSubmission,HubToEdge.Smtp,EdgeToHub.Smtp,EdgeToEdge.Smtp,EdgeToEdge.Ldap,EdgeToEdge.Http," +
            "MailboxToHub.Rpc,HubToMailbox.Rpc,EdgeSync.SecureLdap,EdgeSync.Ldap,EdgeAdam.Ldap,HubToActiveDirectory.Ldap," +
            "HubToActiveDirectory.GlobalCatalog,HubToActiveDirectory.Kerberos,HubToActiveDirectory.Dns,HubToActiveDirectory.RpcNetlogon",
            assembly.Invoke("Probe", "All"));
    }

    [Fact]
    public void A_group_lists_its_own_entries()
    {
        Assert.Equal("EdgeToEdge.Smtp 25/TCP,EdgeToEdge.Ldap 389/TCP/UDP,EdgeToEdge.Http 80/TCP", CompileExchange(null).Invoke("Probe", "Group"));
    }

    [Fact]
    public void Find_returns_every_entry_on_a_port_and_an_empty_shared_list_for_others()
    {
        Assert.Equal(
            "MailboxToHub.Rpc,HubToMailbox.Rpc,HubToActiveDirectory.RpcNetlogon|0|0|0|True|True",
            CompileExchange(null).Invoke("Probe", "Find"));
    }

    [Fact]
    public void TryGet_finds_qualified_names_ignoring_case()
    {
        Assert.Equal("True:25:Smtp|False:True|False|False", CompileExchange(null).Invoke("Probe", "TryGet"));
    }

    [Fact]
    public void A_definition_carries_every_column_of_its_row()
    {
        Assert.Equal(
            "EdgeToEdge|Ldap|389|Tcp, Udp|Edge Transport server|Edge Transport server|LDAP|(none)|" +
            "Edge Transport server to Edge Transport server|" +
            "https://learn.microsoft.com/en-us/previous-versions/office/exchange-server-2007/bb331973(v=exchg.80)",
            CompileExchange(null).Invoke("Probe", "Definition"));
    }

    [Fact]
    public void Hovering_a_constant_shows_port_service_route_security_and_source()
    {
        var run = GeneratorHarness.Run([RepositoryPaths.ExchangeCatalogFile()]);
        var smtp = run.OutputCompilation.GetTypeByMetadataName("ExchangePorts+HubToEdge")!.GetMembers("Smtp").Single();
        var xml = smtp.GetDocumentationCommentXml();
        Assert.Contains("Port 25/TCP: SMTP, Hub Transport server → Edge Transport server. Security: SSL.", xml);
        Assert.Contains("<see href=\"https://learn.microsoft.com/en-us/previous-versions/office/exchange-server-2007/bb331973(v=exchg.80)\">", xml);
    }

    [Fact]
    public void Every_public_generated_member_has_a_summary()
    {
        var run = GeneratorHarness.Run([RepositoryPaths.ExchangeCatalogFile(Public)]);
        var undocumented = run.OutputCompilation.Assembly.GlobalNamespace
            .GetMembers().SelectMany(Flatten)
            .Where(s => s.DeclaredAccessibility == Accessibility.Public && !s.IsImplicitlyDeclared)
            .Where(s => s is not IMethodSymbol { MethodKind: MethodKind.PropertyGet or MethodKind.PropertySet })
            .Where(s => !(s.GetDocumentationCommentXml() ?? string.Empty).Contains("<summary>"))
            .Select(s => s.ToDisplayString())
            .ToList();
        Assert.Empty(undocumented);
        Assert.True(run.OutputCompilation.Assembly.GlobalNamespace.GetMembers().SelectMany(Flatten).Count() > 40);
    }

    [Fact]
    public void Two_catalogs_compile_side_by_side_and_share_the_types_emitted_once()
    {
        var run = GeneratorHarness.Run(
            [
                RepositoryPaths.ExchangeCatalogFile(),
                new CatalogFile("/p/acme-web.ports.csv", SnapshotTests.CustomCatalog, new Dictionary<string, string> { ["Namespace"] = "Acme", ["Visibility"] = "public" }),
            ],
            """
            using System.Linq;

            /// <summary>Uses both catalogs and their shared descriptor type.</summary>
            public static class Both
            {
                /// <summary>One list of both.</summary>
                public static PortCatalog.PortDefinition[] All() => ExchangePorts.All.Concat(Acme.AcmeWebPorts.All).ToArray();
            }
            """);
        Assert.Empty(run.CompilationDiagnostics);
        Assert.Equal(["Acme.AcmeWebPorts-data.g.cs", "Acme.AcmeWebPorts.g.cs", "ExchangePorts-data.g.cs", "ExchangePorts.g.cs", "PortCatalog.PortCatalogClassAttribute.g.cs", "PortCatalog.PortCatalogData.g.cs", "PortCatalog.SharedTypes.g.cs"], run.HintNames.Order());
        var all = (object[])CompiledAssembly.Load(run.OutputCompilation).Invoke("Both", "All")!;
        Assert.Equal(20, all.Length);
    }

    private static IEnumerable<ISymbol> Flatten(ISymbol symbol) => symbol switch
    {
        INamespaceSymbol ns => ns.GetMembers().SelectMany(Flatten),
        INamedTypeSymbol type => new[] { (ISymbol)type }.Concat(type.GetMembers().SelectMany(Flatten)),
        _ => [symbol],
    };
}
