using System.Threading.Tasks;
using ExchangePorts.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace ExchangePorts.Generators.Tests.Analyzers;

/// <summary>
/// Where the analyzer looks for ports (port positions and addresses), with the evidence rule turned off
/// (<c>exchange_ports.require_evidence = false</c>) so that the position alone decides; what evidence it
/// then asks for is in <see cref="EvidenceTests"/>.
/// </summary>
public class HardcodedPortAnalyzerTests
{
    /// <summary>The option that reports every catalog port in a port position, evidence or not.</summary>
    internal const string WithoutEvidence = "is_global = true\nexchange_ports.require_evidence = false\n";

    private const string Prelude = """
        using System;
        using System.Collections.Generic;
        using System.Net;
        using System.Net.Mail;
        using System.Net.Sockets;
        using System.Threading;
        using System.Threading.Tasks;

        record Endpoint(string Host, int Port);

        class Config
        {
            public int EdgePort { get; set; }
            public int Count { get; set; }
        }

        enum Codes { SmtpPort = 25 }

        """;

    private static string InMethod(string body) => Prelude + """
        class C
        {
            static void Connect(string host, int port) { }

            static void Many(string host, params int[] ports) { }

            int ADAMPort { get; set; }

            void M(IPAddress address, int p, int x)
            {
                BODY
            }
        }
        """.Replace("BODY", body, System.StringComparison.Ordinal);

    private static string InClass(string members) => Prelude + "class C\n{\n    " + members + "\n}\n";

    [Theory]
    [InlineData("var client = new TcpClient(\"edge\", {|#0:25|});")]
    [InlineData("var endpoint = new IPEndPoint(address, {|#0:587|});")]
    [InlineData("var dns = new DnsEndPoint(\"dc01\", {|#0:389|});")]
    [InlineData("new Socket(SocketType.Stream, ProtocolType.Tcp).Connect(\"dc01\", {|#0:3268|});")]
    [InlineData("var smtp = new SmtpClient(\"edge\", {|#0:25|});")]
    [InlineData("var smtp = new SmtpClient { Port = {|#0:587|} };")]
    [InlineData("var smtp = new SmtpClient(); smtp.Port = {|#0:25|};")]
    [InlineData("var builder = new UriBuilder(\"http\", \"edge\", {|#0:80|});")]
    [InlineData("var builder = new UriBuilder { Port = {|#0:80|} };")]
    [InlineData("var ldapPort = {|#0:389|};")]
    [InlineData("int edgeSyncPort = {|#0:50636|};")]
    [InlineData("const int SmtpPort = {|#0:25|};")]
    [InlineData("Connect(\"edge\", {|#0:25|});")]
    [InlineData("Connect(port: {|#0:135|}, host: \"mbx\");")]
    [InlineData("var listener = new TcpListener(IPAddress.Any, {|#0:25|});")]
    [InlineData("var udp = new UdpClient({|#0:53|});")]
    [InlineData("ushort kerberosPort = (ushort){|#0:88|};")]
    [InlineData("long ldapPort = {|#0:389L|};")]
    [InlineData("var portNumber = {|#0:50389|};")]
    [InlineData("int port; port = {|#0:587|};")]
    [InlineData("var config = new Config { EdgePort = {|#0:25|} };")]
    [InlineData("var endpoint = new Endpoint(\"edge\", {|#0:25|});")]
    [InlineData("Task.Run(() => Connect(\"edge\", {|#0:25|}));")]
    [InlineData("int SMTP_PORT = {|#0:25|};")]
    [InlineData("uint gcPort = {|#0:3268u|};")]
    [InlineData("Many(\"edge\", {|#0:587|});")]
    [InlineData("var port = p > 0 ? {|#0:3268|} : {|#1:389|};", 2)]
    [InlineData("int? configured = null; var port = configured ?? {|#0:25|};")]
    [InlineData("this.ADAMPort = {|#0:50389|};")]
    [InlineData("var LDAPPort = {|#0:389|};")]
    [InlineData("Connect(\"gc\", p > 0 ? {|#0:3268|} : {|#1:389|});", 2)]
    [InlineData("Func<int> defaultPort = () => {|#0:587|};")]
    public Task Flags_an_integer_in_a_port_position(string body, int count = 1) =>
        Expect(InMethod(body), "EXP2001", count);

    [Theory]
    [InlineData("private const int SmtpPort = {|#0:25|};")]
    [InlineData("private int _ldapPort = {|#0:389|};")]
    [InlineData("public int GcPort { get; set; } = {|#0:3268|};")]
    [InlineData("void Connect(string host, int port = {|#0:25|}) { }")]
    [InlineData("void Set(int remotePort) { remotePort = {|#0:135|}; }")]
    [InlineData("int SmtpPort => {|#0:25|};")]
    [InlineData("int GetPort(bool gc) { return gc ? {|#0:3268|} : {|#1:389|}; }", 2)]
    [InlineData("int GetSubscriptionSSLPort() { int num = {|#0:50636|}; return num; }")]
    [InlineData("int DefaultGCPort { get { return {|#0:3268|}; } }")]
    [InlineData("static int LocalPort() { int Inner() => 25; return Inner(); } int InnerPort() { int Local() => 1; return {|#0:587|}; }")]
    public Task Flags_an_integer_in_a_port_member(string members, int count = 1) =>
        Expect(InClass(members), "EXP2001", count);

    [Theory]
    [InlineData("var uri = new Uri(\"ldap://dc01:{|#0:389|}\");")]
    [InlineData("var endpoint = \"edge01.contoso.com:{|#0:25|}\";")]
    [InlineData("var owa = \"http://mail.contoso.com:{|#0:80|}/owa\";")]
    [InlineData("var relay = \"10.0.0.5:{|#0:587|}\";")]
    [InlineData("var local = \"[::1]:{|#0:25|}\";")]
    [InlineData("var gc = @\"ldap://dc01:{|#0:3268|}\";")]
    [InlineData("var secure = \"ldaps://edge:{|#0:50636|}/?x\";")]
    [InlineData("var edgeSync = \"ldaps://\" + x + \":{|#0:50636|}\";")]
    [InlineData("var gc = \"GC://\" + x + \":{|#0:3268|}/\";")]
    [InlineData("var smtp = $\"smtp://{x}:{|#0:25|}\";")]
    [InlineData("var relay = $\"{address}:{|#0:587|}\";")]
    [InlineData("var gc = $@\"ldap://dc01:{|#0:3268|}/{x}\";")]
    public Task Flags_a_port_in_an_address_string(string body) =>
        ExpectOne(InMethod(body), "EXP2002");

    [Theory]
    [InlineData("var buffer = new byte[25];")]
    [InlineData("Thread.Sleep(25);")]
    [InlineData("var t = TimeSpan.FromSeconds(80);")]
    [InlineData("var y = x + 53;")]
    [InlineData("for (var i = 0; i < 25; i++) { }")]
    [InlineData("var count = 25;")]
    [InlineData("var port = 8080;")]
    [InlineData("var report = 25;")]
    [InlineData("var transport = 25;")]
    [InlineData("var viewport = 80;")]
    [InlineData("var port = -25;")]
    [InlineData("int[] ports = { 25, 587 };")]
    [InlineData("Console.WriteLine(25);")]
    [InlineData("var s = \"12:30\";")]
    [InlineData("var s = \"C:\\\\temp\";")]
    [InlineData("var s = \"see ldap://dc:389 for details\";")]
    [InlineData("var s = \"port 25 is SMTP\";")]
    [InlineData("var s = \"edge01:8080\";")]
    [InlineData("var s = \"edge01:25 and more\";")]
    [InlineData("var port = ExchangePorts.HubToEdge.Smtp;")]
    [InlineData("switch (p) { case 25: break; }")]
    [InlineData("var isSmtp = p == 25;")]
    [InlineData("var max = Math.Max(25, 80);")]
    [InlineData("var day = new DateTime(2025, 1, 25);")]
    [InlineData("var list = new List<int>(25);")]
    [InlineData("var text = string.Format(\"{0}\", 25);")]
    [InlineData("var b = (byte)25;")]
    [InlineData("var text = 25.ToString();")]
    [InlineData("var port = 25.0;")]
    [InlineData("var code = Codes.SmtpPort;")]
    [InlineData("var config = new Config { Count = 25 };")]
    [InlineData("var s = \"http://host:99999\";")]
    [InlineData("var smtp = ExchangePorts.Find(25);")]
    [InlineData("var s = \":25\";")]
    [InlineData("var s = \":25\" + x;")]
    [InlineData("var s = x + \":25 minutes\";")]
    [InlineData("var text = $\"{x}:{p}\";")]
    [InlineData("var text = $\"at {x}: 25 minutes\";")]
    [InlineData("var text = $\"smtp://{x}:{{25}}\";")]
    [InlineData("Func<int> timeout = () => 25;")]
    [InlineData("int Count() => 25;")]
    [InlineData("var custom = new PortCatalog.PortDefinition(\"G\", \"N\", \"N\", 25, 25, PortCatalog.PortTransport.Tcp, \"\", \"\", \"\", \"\", \"\", \"\", \"\", \"\", \"\");")]
    public Task Leaves_integers_and_strings_in_other_roles_alone(string body) =>
        ExpectNone(InMethod(body));

    [Fact]
    public Task Leaves_enum_members_alone() => ExpectNone(Prelude + "enum More { LdapPort = 389 }");

    [Fact]
    public Task Does_not_analyze_the_generated_catalog_whose_constructor_takes_a_port() =>
        // The generated code passes every port to a parameter named "port"; none of it may be reported.
        ExpectNone("class Empty { }");

    [Fact]
    public async Task Names_the_constant_and_what_it_is()
    {
        var test = WithoutEvidenceTest(InMethod("var smtp = new SmtpClient(\"mail\", {|#0:587|});"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("EXP2001", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning)
            .WithLocation(0)
            .WithMessage("Port 587 is the catalog port ExchangePorts.HubToHub.SmtpSubmission (Hub Transport server → Hub Transport server, SMTP submission); use the constant"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Lists_every_entry_of_a_shared_port_with_the_best_match_for_the_surrounding_words_first()
    {
        var test = WithoutEvidenceTest(InMethod("var mailboxPort = {|#0:135|};"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("EXP2001", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning)
            .WithLocation(0)
            .WithMessage(
                "Port 135 is one of the catalog ports " +
                "ExchangePorts.HubToMailbox.Rpc (Hub Transport server → Mailbox server, MAPI over RPC), " +
                "ExchangePorts.MailboxToHub.Rpc (Mailbox server → Hub Transport server, RPC (Microsoft Exchange Mail Submission Service)) and 1 more; use the constant"));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_group_name_that_repeats_a_word_does_not_count_it_twice()
    {
        // "edge" matches HubToEdge, EdgeToHub and EdgeToEdge once each; the two that go to an Edge server
        // come first, in catalog order; HubToHub, without evidence, is left out.
        var test = new CatalogAnalyzerTest { TestCode = InMethod("var edgePort = {|#0:25|};") };
        test.ExpectedDiagnostics.Add(new DiagnosticResult("EXP2001", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning)
            .WithLocation(0)
            .WithMessage(
                "Port 25 is one of the catalog ports " +
                "ExchangePorts.HubToEdge.Smtp (Hub Transport server → Edge Transport server, SMTP), " +
                "ExchangePorts.EdgeToEdge.Smtp (Edge Transport server → Edge Transport server, SMTP) and 1 more; use the constant"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Ports_listed_in_editorconfig_are_ignored()
    {
        var test = WithoutEvidenceTest(InMethod("var a = new TcpClient(\"x\", 587); var b = new TcpClient(\"x\", 53); var c = new TcpClient(\"x\", {|#0:3268|});"));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\nexchange_ports.ignored_ports = 587, 53\n"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("EXP2001", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(0));
        await test.RunAsync();
    }

    [Fact]
    public async Task The_MSBuild_property_turns_the_analyzer_off()
    {
        var test = new CatalogAnalyzerTest { TestCode = InMethod("var client = new TcpClient(\"edge\", 25);") };
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", WithoutEvidence + "build_property.ExchangePortsAnalyzerEnabled = false\n"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Works_with_several_catalogs_at_once()
    {
        var test = WithoutEvidenceTest(InMethod("var web = new TcpClient(\"web\", {|#0:8443|}); var smtp = new TcpClient(\"mail\", {|#1:587|});"));
        test.TestState.AdditionalFiles.Add(("/catalog/lab.ports.json", """{ "namespace": "Contoso.Lab", "entries": [ { "group": "Web", "name": "Admin", "port": 8443, "transport": "tcp" } ] }"""));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("EXP2001", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(0)
            .WithMessage("Port 8443 is the catalog port LabPorts.Web.Admin (Web 8443/TCP); use the constant"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("EXP2001", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(1));
        await test.RunAsync();
    }

    private static Task Expect(string code, string id, int count)
    {
        var test = WithoutEvidenceTest(code);
        for (var i = 0; i < count; i++)
        {
            test.ExpectedDiagnostics.Add(new DiagnosticResult(id, Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(i));
        }

        return test.RunAsync();
    }

    private static Task ExpectOne(string code, string id) => Expect(code, id, 1);

    private static Task ExpectNone(string code) => WithoutEvidenceTest(code).RunAsync();

    private static CatalogAnalyzerTest WithoutEvidenceTest(string code)
    {
        var test = new CatalogAnalyzerTest { TestCode = code };
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", WithoutEvidence));
        return test;
    }
}
