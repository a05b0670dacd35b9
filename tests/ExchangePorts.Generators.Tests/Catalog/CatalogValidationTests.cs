using System.Collections.Generic;
using System.Linq;
using ExchangePorts.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ExchangePorts.Generators.Tests.Catalog;

/// <summary>Each catalog mistake is one diagnostic at the offending cell; the valid rows still generate.</summary>
public class CatalogValidationTests
{
    private const string Path = "/project/test.ports.csv";
    private const string Header = "group,name,port,transport\n";

    private static GeneratorRun Generate(string csv, IReadOnlyDictionary<string, string>? metadata = null) =>
        GeneratorHarness.RunLenient(new CatalogFile(Path, csv, metadata));

    private static void AssertDiagnostics(string csv, params string[] expected)
    {
        var run = Generate(csv);
        Assert.Equal(expected, run.DiagnosticLines);
        Assert.All(run.Result.Diagnostics, d => Assert.Equal(Path, d.Location.GetLineSpan().Path));
    }

    [Fact]
    public void A_valid_catalog_has_no_diagnostics()
    {
        AssertDiagnostics(Header + "HubToEdge,Smtp,25,tcp\n");
    }

    [Fact]
    public void Missing_required_columns_are_each_reported_on_the_header()
    {
        AssertDiagnostics("group,name,prot\nA,B,25\n", "EXP1001 (1,1)", "EXP1001 (1,1)", "EXP1002 (1,12)");
        var run = Generate("group,name,prot\nA,B,25\n");
        Assert.Contains(run.Result.Diagnostics, d => d.GetMessage().Contains("'port'"));
        Assert.Contains(run.Result.Diagnostics, d => d.GetMessage().Contains("'transport'"));
    }

    [Fact]
    public void An_unknown_column_is_a_warning_and_the_rows_still_generate()
    {
        var run = Generate("group,name,port,transport,prot\nA,B,25,tcp,x\n");
        var diagnostic = Assert.Single(run.Result.Diagnostics);
        Assert.Equal("EXP1002 (1,27)", GeneratorRun.Format(diagnostic));
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Contains("const int B = 25;", run.Source("TestPorts.g.cs"));
    }

    [Fact]
    public void A_file_separated_by_semicolons_is_told_that_catalogs_use_commas()
    {
        var run = Generate("group;name;port;transport\nMail;Smtp;25;tcp\n");
        var unknown = run.Result.Diagnostics.Single(d => d.Id == "EXP1002");
        Assert.Equal("EXP1002 (1,1)", GeneratorRun.Format(unknown));
        Assert.Contains("separated by ';', but a catalog's columns are separated by commas", unknown.GetMessage());
    }

    [Fact]
    public void A_duplicate_column_is_reported_where_it_repeats()
    {
        AssertDiagnostics("group,name,port,Port,transport\nA,B,25,26,tcp\n", "EXP1014 (1,17)");
    }

    [Fact]
    public void Column_names_ignore_case_and_order()
    {
        var run = Generate("Transport,PORT,Name,GROUP\nudp,53,Dns,Resolver\n");
        Assert.Empty(run.Result.Diagnostics);
        Assert.Contains("public const int Dns = 53;", run.Source("TestPorts.g.cs"));
    }

    [Theory]
    [InlineData("", "EXP1003 (1,1)")]
    [InlineData("\n\n", "EXP1003 (1,1)")]
    [InlineData("group,name,port,transport\n", "EXP1003 (1,1)")]
    public void An_empty_or_header_only_catalog_is_a_warning_and_still_generates_the_class(string csv, string expected)
    {
        var run = Generate(csv);
        Assert.Equal([expected], run.DiagnosticLines);
        Assert.Equal(DiagnosticSeverity.Warning, run.Result.Diagnostics.Single().Severity);
        Assert.Contains("internal static partial class TestPorts", run.Source("TestPorts.g.cs"));
    }

    [Fact]
    public void An_unreadable_catalog_is_one_warning_and_the_class_still_generates()
    {
        var run = GeneratorHarness.RunLenient(new CatalogFile(Path, Text: null));
        var diagnostic = Assert.Single(run.Result.Diagnostics);
        Assert.Equal("EXP1003 (1,1)", GeneratorRun.Format(diagnostic));
        Assert.Contains("could not be read", diagnostic.GetMessage());
        Assert.Contains("internal static partial class TestPorts", run.Source("TestPorts.g.cs"));
    }

    [Fact]
    public void A_row_with_the_wrong_number_of_fields_is_reported_and_skipped()
    {
        var run = Generate(Header + "A,B,25,tcp\nA,C,26\nA,D,27,tcp,extra\nA,E,28,tcp\n");
        Assert.Equal(["EXP1004 (3,1)", "EXP1004 (4,1)"], run.DiagnosticLines);
        var source = run.Source("TestPorts.g.cs");
        Assert.Contains("const int B = 25;", source);
        Assert.Contains("const int E = 28;", source);
        Assert.DoesNotContain("const int C", source);
        Assert.DoesNotContain("const int D", source);
    }

    [Fact]
    public void An_unterminated_quote_is_reported_where_it_opens_and_earlier_rows_generate()
    {
        var run = Generate(Header + "A,B,25,tcp\nA,C,26,\"tcp\nA,D,27,tcp\n");
        Assert.Equal(["EXP1005 (3,8)"], run.DiagnosticLines);
        Assert.Contains("const int B = 25;", run.Source("TestPorts.g.cs"));
    }

    [Fact]
    public void Text_after_a_closing_quote_is_reported_at_that_character()
    {
        AssertDiagnostics(Header + "A,\"B\"x,25,tcp\n", "EXP1006 (2,6)");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("65536")]
    [InlineData("-25")]
    [InlineData("25.0")]
    [InlineData("smtp")]
    [InlineData("")]
    [InlineData("99999999999999999999")]
    [InlineData("２５")]
    public void An_invalid_port_is_reported_at_its_cell(string port)
    {
        var run = Generate(Header + "A,Ok,25,tcp\nA,Bad," + port + ",tcp\n");
        Assert.Equal(["EXP1007 (3,7)"], run.DiagnosticLines);
        Assert.Contains("'" + port + "'", run.Result.Diagnostics.Single().GetMessage());
        Assert.Contains("const int Ok = 25;", run.Source("TestPorts.g.cs"));
    }

    [Theory]
    [InlineData("1", 1)]
    [InlineData("65535", 65535)]
    [InlineData(" 0587 ", 587)]
    public void Ports_from_1_to_65535_are_valid(string port, int expected)
    {
        var run = Generate(Header + "A,B," + port + ",tcp\n");
        Assert.Empty(run.Result.Diagnostics);
        Assert.Contains("const int B = " + expected + ";", run.Source("TestPorts.g.cs"));
    }

    [Theory]
    [InlineData("quic")]
    [InlineData("")]
    [InlineData("tcp,udp")]
    public void An_unknown_transport_is_reported_at_its_cell(string transport)
    {
        var run = Generate(Header + "A,B,25,\"" + transport + "\"\n");
        Assert.Equal(["EXP1008 (2,8)"], run.DiagnosticLines);
    }

    [Theory]
    [InlineData("tcp", "Tcp")]
    [InlineData("UDP", "Udp")]
    [InlineData("Tcp/Udp", "Tcp, Udp")]
    [InlineData("udp/tcp", "Tcp, Udp")]
    [InlineData("TCP+UDP", "Tcp, Udp")]
    public void Transports_ignore_case(string transport, string expected)
    {
        var run = Generate(Header + "A,B,25," + transport + "\n");
        Assert.Empty(run.Result.Diagnostics);
        Assert.Equal(expected, run.Entries("TestPorts.g.cs").Single().Transport.ToString());
    }

    [Theory]
    [InlineData("---,B", "EXP1009 (2,1)")]
    [InlineData("A,---", "EXP1009 (2,3)")]
    [InlineData(",B", "EXP1009 (2,1)")]
    public void A_group_or_name_that_cannot_become_an_identifier_is_reported(string groupAndName, string expected)
    {
        AssertDiagnostics(Header + groupAndName + ",25,tcp\n", expected);
    }

    [Fact]
    public void A_name_too_long_for_an_assembly_is_reported_at_its_cell_and_what_builds_runs()
    {
        var run = Generate(Header + "A," + new string('n', 1100) + ",25,tcp\nA,B,26,tcp\n" + new string('g', 501) + ",C,27,tcp\nA," + new string('n', 500) + ",28,tcp\n");
        Assert.Equal(["EXP1009 (2,3)", "EXP1009 (4,1)"], run.DiagnosticLines);
        Assert.Contains("1100 bytes long in UTF-8; a name may be at most 500", run.Result.Diagnostics[0].GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        Assert.DoesNotContain(run.CompilationDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(2, GeneratedCatalogs.Exercise(run.OutputCompilation));

        var longClass = Generate(Header + "A,B,25,tcp\n", new Dictionary<string, string> { ["ClassName"] = new string('C', 600) });
        Assert.Equal(["EXP1013"], longClass.DiagnosticLines.Select(l => l.Split(' ')[0]));
    }

    [Fact]
    public void Half_a_surrogate_pair_in_text_not_read_from_a_file_is_read_as_U_FFFD_and_said_so()
    {
        var run = Generate(Header.TrimEnd('\n') + ",description\nA,B,25,tcp,x\uD800y\nA,C,26,tcp,\uDC00\n");
        Assert.Equal(["EXP1015 (2,13)"], run.DiagnosticLines);
        Assert.Equal(DiagnosticSeverity.Warning, run.Result.Diagnostics.Single().Severity);
        Assert.Equal(["x\uFFFDy", "\uFFFD"], run.Entries("TestPorts.g.cs").Select(e => e.Description));
        Assert.Equal(2, GeneratedCatalogs.Exercise(run.OutputCompilation));
    }

    [Fact]
    public void A_row_merged_into_another_entry_names_the_columns_whose_text_it_drops()
    {
        var run = Generate("group,name,port,transport,service,toRoles\nEdgeSync,SecureLdap,50636,tcp,LDAPS,Edge\nEdgeSync,SecureLdap,50636,tcp,Secure LDAP,Edge\nEdgeSync,SecureLdap,50636,udp,LDAPS,Edge\n");
        var warning = Assert.Single(run.Result.Diagnostics);
        Assert.Equal("EXP1023 (3,10)", GeneratorRun.Format(warning));
        Assert.Equal(
            "The row 'SecureLdap' is merged into the entry 'EdgeSync.SecureLdap' on line 2 (the same name on the same ports), whose service it keeps; this row's differ and are dropped; give the row a name of its own to keep it",
            warning.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("LDAPS", Assert.Single(run.Entries("TestPorts.g.cs")).Service);
    }

    [Fact]
    public void A_name_written_twice_is_a_warning_on_its_line_that_says_what_it_became_and_how_to_name_it()
    {
        var run = GeneratorHarness.RunLenient(new CatalogFile("/p/test.ports.csv", "group,name,port,transport\nG,A,1,tcp\nG,A,2,tcp\n"));

        Assert.Equal(["EXP1020 (3,3)"], run.DiagnosticLines);
        var warning = run.Result.Diagnostics.Single();
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal(
            "The entry 'A' is generated as 'A2': 'A' is the entry on line 2; give it a name of its own in the catalog to choose what it is called",
            warning.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(["G.A", "G.A2"], run.Entries("TestPorts.g.cs").Select(e => e.Group + "." + e.Name));
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Fact]
    public void A_name_on_other_ports_gets_the_port_added_and_says_which_line_has_the_name()
    {
        var run = GeneratorHarness.RunLenient(new CatalogFile("/p/test.ports.csv", Header + "A,Smtp,25,tcp\nB,Smtp,25,tcp\nA,smtp,587,tcp\n"));
        Assert.Equal(["EXP1020 (4,3)"], run.DiagnosticLines);
        Assert.StartsWith(
            "The entry 'smtp' is generated as 'Smtp587': 'Smtp' is the entry on line 2;",
            run.Result.Diagnostics.Single().GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("public const int Smtp587 = 587;", run.Source("TestPorts.g.cs"));
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Fact]
    public void In_a_lenient_catalog_a_renamed_entry_is_information_without_the_hint()
    {
        var run = GeneratorHarness.RunLenient(new CatalogFile(
            "/p/test.ports.csv", "group,name,port,transport\nG,A,1,tcp\nG,A,2,tcp\n", new Dictionary<string, string> { ["Lenient"] = "true" }));

        var info = Assert.Single(run.Result.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Info, info.Severity);
        Assert.Equal("The entry 'A' is generated as 'A2': 'A' is the entry on line 2", info.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Roles_are_keys_joined_by_a_slash_and_written_back_the_same_way()
    {
        var run = Generate("group,name,port,transport,fromRoles,toRoles\nA,B,25,tcp, Mailbox + Edge ,Dns\nA,C,26,tcp,,\n");
        Assert.Empty(run.Result.Diagnostics);
        Assert.Equal(["Mailbox/Edge>Dns", ">"], run.Entries("TestPorts.g.cs").Select(e => e.FromRoles + ">" + e.ToRoles));
    }

    [Theory]
    [InlineData("Edge Transport", "EXP1022 (2,12)")]
    [InlineData("Mailbox//Edge", "EXP1022 (2,12)")]
    [InlineData("2019", "EXP1022 (2,12)")]
    public void A_roles_cell_that_is_not_a_list_of_keys_is_reported(string roles, string expected)
    {
        AssertDiagnostics("group,name,port,transport,toRoles\nA,B,25,tcp," + roles + "\n", expected);
    }

    [Fact]
    public void Rows_of_one_name_and_port_are_one_entry_on_every_transport_they_name()
    {
        var run = GeneratorHarness.RunLenient(new CatalogFile("/p/test.ports.csv", Header + "A,Dns,53,tcp\nA,dns,53,udp\nA,Dns,53,tcp\n"));
        Assert.Empty(run.Result.Diagnostics);
        var entry = Assert.Single(run.Entries("TestPorts.g.cs"));
        Assert.Equal(Generators.Model.PortTransport.Tcp | Generators.Model.PortTransport.Udp, entry.Transport);
    }

    [Fact]
    public void Values_that_become_the_same_identifier_on_the_same_port_are_one_entry()
    {
        var run = GeneratorHarness.RunLenient(new CatalogFile("/p/test.ports.csv", Header + "hub-to-edge,ldap gc,3268,tcp\nHubToEdge,LdapGc,3268,udp\n"));
        Assert.Empty(run.Result.Diagnostics);
        Assert.Single(run.Entries("TestPorts.g.cs"));
    }

    [Fact]
    public void A_group_that_differs_only_in_case_from_an_earlier_one_is_reported()
    {
        AssertDiagnostics(Header + "HubToEdge,Smtp,25,tcp\nHubtoedge,Ldap,389,tcp\n", "EXP1010 (3,1)");
    }

    [Theory]
    [InlineData("All,B", "EXP1011 (2,1)")]
    [InlineData("Find,B", "EXP1011 (2,1)")]
    [InlineData("TryGet,B", "EXP1011 (2,1)")]
    [InlineData("TestPorts,B", "EXP1011 (2,1)")]
    public void A_group_that_collides_with_a_generated_member_is_reported(string groupAndName, string expected)
    {
        AssertDiagnostics(Header + groupAndName + ",25,tcp\n", expected);
    }

    [Theory]
    [InlineData("A,All", "A.All25")]
    [InlineData("Smtp,Smtp", "Smtp.Smtp25")]
    public void An_entry_named_like_a_generated_member_gets_the_port_added(string groupAndName, string generated)
    {
        var run = GeneratorHarness.RunLenient(new CatalogFile("/p/test.ports.csv", Header + groupAndName + ",25,tcp\n"));
        Assert.Equal([("EXP1020", DiagnosticSeverity.Warning)], run.Result.Diagnostics.Select(d => (d.Id, d.Severity)));
        Assert.Equal(generated, run.Entries("TestPorts.g.cs").Single() is var e ? e.Group + "." + e.Name : null);
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Fact]
    public void Several_mistakes_in_one_row_are_all_reported()
    {
        AssertDiagnostics(Header + "---,-,0,quic\n", "EXP1009 (2,1)", "EXP1009 (2,5)", "EXP1007 (2,7)", "EXP1008 (2,9)");
    }

    [Fact]
    public void Locations_count_lines_inside_quoted_line_breaks_and_after_CRLF()
    {
        var csv = "group,name,port,transport,notes\r\nA,B,25,tcp,\"two\r\nlines\"\r\nA,C,x,tcp,\n";
        AssertDiagnostics(csv, "EXP1007 (4,5)");
    }

    [Fact]
    public void Errors_are_not_configurable_and_warnings_are()
    {
        var run = Generate("group,name,port,transport,prot\nA,B,0,tcp,x\n");
        var error = run.Result.Diagnostics.Single(d => d.Id == "EXP1007");
        var warning = run.Result.Diagnostics.Single(d => d.Id == "EXP1002");
        Assert.Contains(WellKnownDiagnosticTags.NotConfigurable, error.Descriptor.CustomTags);
        Assert.DoesNotContain(WellKnownDiagnosticTags.NotConfigurable, warning.Descriptor.CustomTags);
    }
}
