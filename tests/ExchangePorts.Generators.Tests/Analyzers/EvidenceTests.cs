using System.Linq;
using System.Threading.Tasks;
using ExchangePorts.Generators.Analyzers;
using ExchangePorts.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace ExchangePorts.Generators.Tests.Analyzers;

/// <summary>
/// A report must mean "this literal is that entry": with the default options the analyzer reports a port
/// only where the code shows which entry is meant, and names only the entries it has evidence for.
/// </summary>
public class EvidenceTests
{
    private const string Prelude = """
        using System;
        using System.Net;
        using System.Net.Mail;
        using System.Net.Sockets;

        class MailClient { public void Connect(string host, int port, bool useSsl) { } }

        class DnsResolver { public DnsResolver(IPAddress server, int port) { } }

        class HttpProxyClient { public HttpProxyClient(string host, int port) { } }

        class KerberosClient { public void Send(string kdc, int port) { } }

        """;

    private static string InMethod(string body, string type = "C", string method = "M") => Prelude + $$"""
        class {{type}}
        {
            void {{method}}(IPAddress ip, string edgeServer, string edgeHost, string dc, MailClient mail)
            {
                {{body}}
            }
        }
        """;

    // Done when: generic client code gets no warning.
    [Theory]
    [InlineData("var smtp = new SmtpClient(\"smtp.office365.com\", 587);")]
    [InlineData("var port = 587; mail.Connect(\"smtp.office365.com\", port, true);")]
    [InlineData("var uri = new Uri(\"smtp://smtp.office365.com:587\");")]
    [InlineData("var health = new Uri(\"http://localhost:80/health\");")]
    [InlineData("var resolver = new DnsResolver(IPAddress.Loopback, 53);")]
    [InlineData("new KerberosClient().Send(dc, 88);")]
    [InlineData("var proxy = new HttpProxyClient(\"www.google.com\", 80);")]
    [InlineData("var directory = new TcpClient(\"dc01.contoso.com\", 389);")]
    [InlineData("var gc = new Uri(\"ldap://dc01:3268/\");")]
    [InlineData("var rpc = new TcpClient(dc, 135);")]
    [InlineData("var client = new TcpClient(\"smtp.contoso.com\", 25);")]
    [InlineData("var secureLdap = new TcpClient(\"ldaps.contoso.com\", 389); // hub")]
    public Task Generic_client_code_is_not_reported(string body) => new CatalogAnalyzerTest { TestCode = InMethod(body) }.RunAsync();

    [Theory]
    [InlineData("public const int DefaultPort = 53;", "DnsClient")]
    [InlineData("internal const int DefaultKerberosPort = 88;", "ClientDomainService")]
    [InlineData("private int _smtpPort = 25;", "MailService")]
    public Task Generic_library_defaults_are_not_reported(string member, string type) =>
        new CatalogAnalyzerTest { TestCode = Prelude + "class " + type + " { " + member + " }" }.RunAsync();

    // Done when: Exchange-role code is reported with the right entry first.
    [Theory]
    [InlineData("var client = new TcpClient(edgeServer, {|#0:25|});", "ExchangePorts.HubToEdge.Smtp")]
    [InlineData("var edgeSync = new IPEndPoint(ip, {|#0:50636|});", "ExchangePorts.EdgeSync.SecureLdap")]
    [InlineData("mail.Connect(\"hub01\", {|#0:587|}, true);", "ExchangePorts.HubToHub.SmtpSubmission")]
    [InlineData("var uri = $\"smtp://{edgeHost}:{|#0:25|}\";", "ExchangePorts.HubToEdge.Smtp")]
    [InlineData("var rpc = new TcpClient(\"ex2019-mbx01\", {|#0:135|});", "ExchangePorts.HubToMailbox.Rpc")]
    [InlineData("var edgeSyncLdap = new TcpClient(\"localhost\", {|#0:50389|});", "ExchangePorts.EdgeSync.Ldap")]
    [InlineData("var adamLdap = new TcpClient(\"localhost\", {|#0:50389|});", "ExchangePorts.EdgeAdam.Ldap")]
    [InlineData("var hubDirectory = new TcpClient(dc, {|#0:3268|});", "ExchangePorts.HubToActiveDirectory.GlobalCatalog")]
    public async Task Exchange_role_code_is_reported_with_the_right_entry_first(string body, string first)
    {
        var diagnostic = Assert.Single(await AnalyzeAsync(InMethod(body)));
        Assert.StartsWith(first + ";", diagnostic.Properties[PortDiagnosticProperties.DisplayNames] + ";", System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_enclosing_method_and_type_names_are_evidence()
    {
        var code = InMethod("var client = new TcpClient(\"10.0.0.7\", {|#0:25|});", type: "TransportProbe", method: "CheckHubToEdgeMailFlow");
        var diagnostic = Assert.Single(await AnalyzeAsync(code));
        Assert.Equal("ExchangePorts.HubToEdge.Smtp;ExchangePorts.HubToHub.Smtp;ExchangePorts.EdgeToHub.Smtp;ExchangePorts.EdgeToEdge.Smtp",
            diagnostic.Properties[PortDiagnosticProperties.DisplayNames]);
    }

    [Fact]
    public async Task Only_entries_with_evidence_are_candidates_and_the_message_names_two_of_them()
    {
        var diagnostic = Assert.Single(await AnalyzeAsync(InMethod("var client = new TcpClient(edgeServer, 25);")));
        Assert.Equal("ExchangePorts.HubToEdge.Smtp;ExchangePorts.EdgeToEdge.Smtp;ExchangePorts.EdgeToHub.Smtp", diagnostic.Properties[PortDiagnosticProperties.DisplayNames]);
        Assert.Equal(
            "Port 25 is one of the catalog ports ExchangePorts.HubToEdge.Smtp (Hub Transport server → Edge Transport server, SMTP), " +
            "ExchangePorts.EdgeToEdge.Smtp (Edge Transport server → Edge Transport server, SMTP) and 1 more; use the constant",
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("var requirement = 25; // Mailbox")]
    [InlineData("var mailboxCount = 25;")]
    [InlineData("Console.WriteLine(\"Mailbox\", 25);")]
    [InlineData("var edgeTimeout = TimeSpan.FromSeconds(25);")]
    [InlineData("var portType = \"ExchangeServicePortType\"; var size = 80;")]
    public Task Trigger_words_do_not_make_a_port_of_a_literal_that_is_not_in_a_port_position(string body) =>
        new CatalogAnalyzerTest { TestCode = InMethod(body) }.RunAsync();

    [Fact]
    public async Task The_option_reports_every_catalog_port_in_a_port_position()
    {
        var test = new CatalogAnalyzerTest { TestCode = InMethod("var proxy = new HttpProxyClient(\"www.google.com\", {|#0:80|});") };
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\nexchange_ports.require_evidence = false\n"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("EXP2001", DiagnosticSeverity.Warning).WithLocation(0)
            .WithMessage("Port 80 is the catalog port ExchangePorts.EdgeToEdge.Http (Edge Transport server → Edge Transport server, HTTP); use the constant"));
        await test.RunAsync();
    }

    [Theory]
    [InlineData("false", false)]
    [InlineData("False", false)]
    [InlineData("true", true)]
    public async Task Item_metadata_keeps_one_catalog_out_of_the_analyzer(string value, bool reported)
    {
        // A registry-sized catalog would otherwise make every port literal a report.
        const string Registry = """{ "entries": [ { "group": "Web", "name": "Admin", "port": 8443, "transport": "tcp" } ] }""";
        var test = new CatalogAnalyzerTest { TestCode = InMethod("var admin = new TcpClient(\"web\", {|#0:8443|}); var hub = new TcpClient(\"hub01\", {|#1:587|});") };
        test.TestState.AdditionalFiles.Add(("/catalog/registry.ports.json", Registry));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n\n[/catalog/registry.ports.json]\nbuild_metadata.AdditionalFiles.PortAnalyzer = " + value + "\n"));
        if (reported)
        {
            test.ExpectedDiagnostics.Add(new DiagnosticResult("EXP2001", DiagnosticSeverity.Warning).WithLocation(0));
        }

        test.ExpectedDiagnostics.Add(new DiagnosticResult("EXP2001", DiagnosticSeverity.Warning).WithLocation(1));
        await test.RunAsync();
    }

    [Theory]
    [InlineData(25, true)]
    [InlineData(53, true)]
    [InlineData(80, true)]
    [InlineData(88, true)]
    [InlineData(135, true)]
    [InlineData(389, true)]
    [InlineData(443, true)]
    [InlineData(587, true)]
    [InlineData(3268, true)]
    [InlineData(50636, false)]
    [InlineData(50389, false)]
    [InlineData(475, false)]
    [InlineData(717, false)]
    [InlineData(2525, false)]
    [InlineData(64327, false)]
    [InlineData(1081, true)]
    [InlineData(3128, true)]
    [InlineData(6588, true)]
    [InlineData(5062, false)]
    public void Standard_ports_come_from_the_IANA_excerpt_and_the_open_proxy_ports_Microsoft_names(int port, bool standard) =>
        Assert.Equal(standard, StandardPorts.Contains(port));

    [Theory]
    [InlineData("HubToEdge", "Smtp", "Hub Transport server", "Edge Transport server", "edge edgetransport hub hubto hubtoedge hubtransport toedge")]
    [InlineData("HubToActiveDirectory", "Kerberos", "Hub Transport server", "Active Directory domain controller", "hub hubto hubtoactivedirectory hubtransport")]
    [InlineData("EdgeSync", "SecureLdap", "Hub Transport server", "Edge Transport server", "edge edgesync edgetransport hub hubtransport")]
    [InlineData("FrontEndTransport", "Smtp", "Authenticated SMTP clients", "Front End Transport service on Mailbox server", "frontend frontendtransport mailbox")]
    public void Evidence_words_of_an_entry_leave_protocols_and_plain_words_out(string group, string name, string from, string to, string expected)
    {
        var words = EvidenceWords.OfEntry(group, name, from, to);
        Assert.Equal(string.Join(" ", expected.Split(' ').Order()), string.Join(" ", words.Order()));
    }

    [Theory]
    [InlineData("ex2019-mbx01", "ex mbx mailbox")]
    [InlineData("ADAMPort", "adam port adamport")]
    [InlineData("DefaultGCPort", "default gc port defaultgc gcport")]
    [InlineData("edge01.contoso.com", "edge contoso com")]
    public void Words_of_code_split_acronyms_and_expand_abbreviations_joining_only_within_an_identifier(string text, string expected)
    {
        var words = new System.Collections.Generic.HashSet<string>();
        EvidenceWords.AddOfCode(text, words);
        Assert.Equal(string.Join(" ", expected.Split(' ').Order()), string.Join(" ", words.Order()));
    }

    private static async Task<System.Collections.Immutable.ImmutableArray<Diagnostic>> AnalyzeAsync(string code)
    {
        var run = GeneratorHarness.Run([RepositoryPaths.ExchangeCatalogFile()], code.Replace("{|#0:", string.Empty).Replace("|}", string.Empty));
        return await run.OutputCompilation
            .WithAnalyzers([new HardcodedPortAnalyzer()])
            .GetAnalyzerDiagnosticsAsync();
    }
}
