using System.Collections.Generic;
using System.Linq;
using ExchangePorts.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ExchangePorts.Generators.Tests.Catalog;

/// <summary>
/// Third-party data as it comes: IANA's registry dropped in unchanged (an excerpt of 10,937 records,
/// <c>Registry/README.md</c>), a catalog without groups, rows of one service on several transports or
/// ports, names that are no identifiers, and a lenient catalog whose bad rows are warnings.
/// </summary>
public class RegistryCatalogTests
{
    private const string Probe = """
        using System.Linq;

        /// <summary>What a user asks the registry.</summary>
        public static class Probe
        {
            /// <summary>One answer per line.</summary>
            public static string Answers() => string.Join("\n",
                IanaPorts.Https + " " + IanaPorts.MsSqlS + " " + IanaPorts.Submission + " " + IanaPorts._3comTsmux,
                IanaPorts.TryGet("ms-sql-s", out var sql) ? sql + " " + sql.WrittenName : "no ms-sql-s",
                IanaPorts.TryGet("MsSqlS", out var sqlByName) && ReferenceEquals(sql, sqlByName),
                IanaPorts.TryGet("3com-tsmux", out var tsmux) ? tsmux.ToString() : "no 3com-tsmux",
                string.Join(",", IanaPorts.Find(443)),
                string.Join(",", IanaPorts.Find(6010)),
                string.Join(",", IanaPorts.Find(591).Select(d => d.Name + ":" + d.WrittenName)),
                string.Join(",", IanaPorts.Find(8080).Select(d => d.Name + ":" + d.WrittenName)),
                IanaPorts.X11.First + "-" + IanaPorts.X11.Last,
                IanaPorts.Find(1).Count + " " + IanaPorts.Find(0).Count,
                IanaPorts.TryGet("z39.50", out var alias) ? alias + " " + alias.WrittenName : "no z39.50",
                IanaPorts.TryGet("z39-50", out var z3950) && ReferenceEquals(alias, z3950) && IanaPorts.TryGet("Z3950", out _));
        }
        """;

    [Fact]
    public void IANA_registry_as_it_is_builds_clean_and_answers_by_identifier_and_by_service_name()
    {
        var run = GeneratorHarness.Run([RepositoryPaths.IanaRegistryFile()], Probe);

        // Warnings as errors: nothing but information (skipped rows, names given a port).
        Assert.Empty(run.Result.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info).Select(d => d.ToString()));
        Assert.Empty(run.CompilationDiagnostics.Select(d => d.ToString()));
        Assert.Equal(
            [
                "443 1433 587 106",
                "MsSqlS 1433/TCP/UDP ms-sql-s",
                "True",
                "_3comTsmux 106/TCP/UDP",
                "Https 443/TCP/UDP/SCTP",
                "X11 6000-6063/TCP/UDP",
                "HttpAlt:http-alt",
                "HttpAlt8080:http-alt",
                "6000-6063",
                "1 0",
                "Z3950 210/TCP/UDP z39-50",
                "True",
            ],
            ((string)CompiledAssembly.Load(run.OutputCompilation).Invoke("Probe", "Answers")!).Split('\n'));
    }

    [Fact]
    public void Reserved_and_unassigned_rows_are_counted_once_as_information_and_renames_are_information()
    {
        var run = GeneratorHarness.RunLenient(RepositoryPaths.IanaRegistryFile());

        var skipped = Assert.Single(run.Result.Diagnostics, d => d.Id == "EXP1021");
        Assert.Equal(DiagnosticSeverity.Info, skipped.Severity);
        Assert.Equal((1, 1), (skipped.Location.GetLineSpan().StartLinePosition.Line + 1, skipped.Location.GetLineSpan().StartLinePosition.Character + 1));
        // 879: counted in the excerpt by another reader (Python's csv module), not by this one.
        Assert.StartsWith("879 rows of the registry have no service name or no port number", skipped.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.All(run.Result.Diagnostics, d => Assert.Equal(DiagnosticSeverity.Info, d.Severity));
        Assert.Contains(
            "The entry 'http-alt' is generated as 'HttpAlt8080': 'HttpAlt' is the entry on line 1178",
            run.Result.Diagnostics.Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void A_catalog_without_groups_puts_its_constants_on_the_class_and_renames_a_name_taken_by_a_member()
    {
        var run = GeneratorHarness.Run(
            [new CatalogFile("/p/services.ports.csv", "name,port,transport\nssh,22,tcp\nfind,24922,tcp\nfind,24922,udp\nservices-ports,9,tcp\n")],
            """
            /// <summary>Flat lookups.</summary>
            public static class Flat
            {
                /// <summary>By name alone.</summary>
                public static string Answers() =>
                    ServicesPorts.Ssh + " " + ServicesPorts.Find24922 + " " + ServicesPorts.ServicesPorts9 + " " +
                    (ServicesPorts.TryGet("ssh", out var ssh) ? ssh.QualifiedName + "|" + ssh.Group + "|" : "none") +
                    (ServicesPorts.TryGet("find", out var find) ? find.ToString() : "none");
            }
            """);

        Assert.Equal(["EXP1020", "EXP1020"], run.Result.Diagnostics.Select(d => d.Id));
        Assert.Empty(run.CompilationDiagnostics.Select(d => d.ToString()));
        Assert.Equal("22 24922 9 Ssh||Find24922 24922/TCP/UDP", CompiledAssembly.Load(run.OutputCompilation).Invoke("Flat", "Answers"));

        // The class's summary speaks of the constants it has, not of groups it has none of.
        var source = run.Source("ServicesPorts.g.cs");
        Assert.Contains("The port catalog <c>services.ports</c>: 3 entries.", source);
        Assert.Contains("Its constants are the entries' ports.", source);
        Assert.DoesNotContain("nested class", source);
        Assert.DoesNotContain("public static partial class", run.Source("ServicesPorts.g.cs").Split('\n').Skip(10).First(l => l.Contains("class")));
    }

    [Fact]
    public void A_catalog_cannot_mix_entries_with_and_without_a_group()
    {
        var json = """[ { "group": "Web", "name": "Https", "port": 443, "transport": "tcp" }, { "name": "Ssh", "port": 22, "transport": "tcp" } ]""";
        var run = GeneratorHarness.RunLenient(new CatalogFile("/p/mixed.ports.json", json));

        Assert.Equal(["EXP1001 (1,73)"], run.DiagnosticLines);
        Assert.Equal(
            "The entry has no 'group' property, though other entries of the catalog have one; a catalog entry needs name, port and transport, and a group unless no entry of the catalog has one",
            run.Result.Diagnostics.Single().GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Written_names_find_entries_of_a_catalog_with_groups_too()
    {
        var run = GeneratorHarness.Run(
            [new CatalogFile("/p/acme.ports.csv", "group,name,port,transport\nDirectory,ldap gc,3268,tcp\n")],
            "/// <summary>x</summary>\npublic static class W { /// <summary>x</summary>\npublic static bool Found() => AcmePorts.TryGet(\"Directory.ldap gc\", out var d) && d.Name == \"LdapGc\" && AcmePorts.TryGet(\"directory.LDAPGC\", out _); }");

        Assert.Empty(run.CompilationDiagnostics);
        Assert.Equal(true, CompiledAssembly.Load(run.OutputCompilation).Invoke("W", "Found"));
    }

    [Fact]
    public void SCTP_and_DCCP_are_transports_of_their_own()
    {
        var run = GeneratorHarness.Run(new CatalogFile("/p/t.ports.csv", "name,port,transport\nA,1,sctp\nB,2,DCCP\nC,3,tcp/udp/sctp\n"));

        Assert.Empty(run.Result.Diagnostics);
        Assert.Equal(
            [Generators.Model.PortTransport.Sctp, Generators.Model.PortTransport.Dccp, Generators.Model.PortTransport.Tcp | Generators.Model.PortTransport.Udp | Generators.Model.PortTransport.Sctp],
            run.Entries("TPorts.g.cs").Select(e => e.Transport));
    }

    [Theory]
    [InlineData(null, DiagnosticSeverity.Error)]
    [InlineData("false", DiagnosticSeverity.Error)]
    [InlineData("true", DiagnosticSeverity.Warning)]
    public void A_lenient_catalog_reports_a_bad_row_as_a_warning_and_skips_it(string? lenient, DiagnosticSeverity expected)
    {
        var metadata = lenient is null ? null : new Dictionary<string, string> { ["Lenient"] = lenient };
        var run = GeneratorHarness.RunLenient(new CatalogFile("/p/third.ports.csv", "name,port,transport\nGood,80,tcp\nBad,80x,tcp\nAlso,1-,tcp\n", metadata));

        Assert.Equal(["EXP1007 (3,5)", "EXP1007 (4,6)"], run.DiagnosticLines);
        Assert.All(run.Result.Diagnostics, d => Assert.Equal(expected, d.Severity));
        Assert.Equal(["Good"], run.Entries("ThirdPorts.g.cs").Select(e => e.Name));
    }

    [Fact]
    public void Lenient_takes_true_or_false()
    {
        var run = GeneratorHarness.RunLenient(new CatalogFile("/p/third.ports.csv", "name,port,transport\nGood,80,tcp\n", new Dictionary<string, string> { ["Lenient"] = "yes" }));

        Assert.Equal(["EXP1013"], run.Result.Diagnostics.Select(d => d.Id));
    }
}
