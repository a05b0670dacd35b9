using System.Linq;
using ExchangePorts.Generators.Analyzers;
using ExchangePorts.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace ExchangePorts.Generators.Tests.Analyzers;

public class PortPositionTests
{
    [Theory]
    [InlineData("port")]
    [InlineData("Port")]
    [InlineData("ldapPort")]
    [InlineData("SmtpPort")]
    [InlineData("SMTP_PORT")]
    [InlineData("smtp_port")]
    [InlineData("portNumber")]
    [InlineData("remotePortNumber")]
    [InlineData("_ldapPort")]
    [InlineData("Port2")]
    [InlineData("ports")]
    [InlineData("alternatePorts")]
    [InlineData("ADAMPort")]
    [InlineData("LDAPSPort")]
    [InlineData("DefaultGCPort")]
    [InlineData("ADAMSSLPort")]
    [InlineData("GetSubscriptionSSLPort")]
    public void Names_with_the_word_port_are_port_names(string name)
    {
        Assert.True(PortPosition.IsPortName(name));
    }

    [Theory]
    [InlineData("report")]
    [InlineData("transport")]
    [InlineData("Viewport")]
    [InlineData("portal")]
    [InlineData("PortalId")]
    [InlineData("importCount")]
    [InlineData("sports")]
    [InlineData("count")]
    [InlineData("IMPORTANT")]
    [InlineData("REPORT")]
    [InlineData("Exports")]
    public void Names_that_only_contain_the_letters_are_not(string name)
    {
        Assert.False(PortPosition.IsPortName(name));
    }

    // The syntax spares the analyzer from binding code; wherever it decides, it must agree with the binding.
    [Theory]
    [InlineData("var count = 25;", nameof(SyntaxVerdict.NotAPort), false)]
    [InlineData("var total = 1 + 25;", nameof(SyntaxVerdict.NotAPort), false)]
    [InlineData("switch (n) { case 25: break; }", nameof(SyntaxVerdict.NotAPort), false)]
    [InlineData("if (n == 25) { }", nameof(SyntaxVerdict.NotAPort), false)]
    [InlineData("n = 25;", nameof(SyntaxVerdict.NotAPort), false)]
    [InlineData("Send(count: 25);", nameof(SyntaxVerdict.NotAPort), false)]
    [InlineData("var smtpPort = 25;", nameof(SyntaxVerdict.Port), true)]
    [InlineData("var smtpPort = (ushort)(25);", nameof(SyntaxVerdict.Port), true)]
    [InlineData("const int EdgePort = 25;", nameof(SyntaxVerdict.Port), true)]
    [InlineData("Port = 25;", nameof(SyntaxVerdict.Port), true)]
    [InlineData("this.Port = 25;", nameof(SyntaxVerdict.Port), true)]
    [InlineData("Connect(\"edge\", port: 25);", nameof(SyntaxVerdict.Port), true)]
    [InlineData("Connect(host: \"edge\", port: 25);", nameof(SyntaxVerdict.Port), true)]
    [InlineData("this.Connect(\"edge\", port: 25);", nameof(SyntaxVerdict.Port), true)]
    [InlineData("new Client(\"edge\", port: 25);", nameof(SyntaxVerdict.Port), true)]
    [InlineData("Connect(\"edge\", 25);", nameof(SyntaxVerdict.AskTheSemanticModel), true)]
    [InlineData("new System.Net.Sockets.TcpClient(\"edge\", 25);", nameof(SyntaxVerdict.AskTheSemanticModel), true)]
    [InlineData("ExchangePorts.Find(port: 25);", nameof(SyntaxVerdict.AskTheSemanticModel), false)]
    [InlineData("new PortCatalog.PortDefinition(\"G\", \"N\", \"N\", port: 25, 26, PortCatalog.PortTransport.Tcp, \"\", \"\", \"\", \"\", \"\", \"\", \"\", \"\", \"\");", nameof(SyntaxVerdict.AskTheSemanticModel), false)]
    [InlineData("var ports = new[] { 25 };", nameof(SyntaxVerdict.AskTheSemanticModel), false)]
    [InlineData("Connect(host: \"edge\", 25);", nameof(SyntaxVerdict.AskTheSemanticModel), true)]
    [InlineData("Connect(\"edge\", (ushort)25);", nameof(SyntaxVerdict.AskTheSemanticModel), true)]
    [InlineData("\"edge\".ConnectTo(25);", nameof(SyntaxVerdict.AskTheSemanticModel), true)]
    [InlineData("Hosts.ConnectTo(\"edge\", 25);", nameof(SyntaxVerdict.AskTheSemanticModel), true)]
    [InlineData("Many(25);", nameof(SyntaxVerdict.AskTheSemanticModel), true)]
    [InlineData("Many(1, 2, 25);", nameof(SyntaxVerdict.AskTheSemanticModel), true)]
    [InlineData("Send(n > 0 ? 25 : 1);", nameof(SyntaxVerdict.AskTheSemanticModel), false)]
    [InlineData("Connect(\"edge\", n > 0 ? 25 : 587);", nameof(SyntaxVerdict.AskTheSemanticModel), true)]
    [InlineData("var smtpPort = n > 0 ? 25 : 587;", nameof(SyntaxVerdict.Port), true)]
    [InlineData("int? o = null; var smtpPort = o ?? 25;", nameof(SyntaxVerdict.Port), true)]
    [InlineData("int? o = null; var count = o ?? 25;", nameof(SyntaxVerdict.NotAPort), false)]
    [InlineData("var smtpPort = n > 25 ? 1 : 2;", nameof(SyntaxVerdict.NotAPort), false)]
    [InlineData("int GetPort() => 25;", nameof(SyntaxVerdict.Port), true)]
    [InlineData("int GetPort() { return 25; }", nameof(SyntaxVerdict.Port), true)]
    [InlineData("int GetCount() { return 25; }", nameof(SyntaxVerdict.NotAPort), false)]
    [InlineData("int GetPort() { int num = 25; return num; }", nameof(SyntaxVerdict.Port), true)]
    [InlineData("int GetPort() { int num = 25; return num + 1; }", nameof(SyntaxVerdict.NotAPort), false)]
    [InlineData("System.Func<int> port = () => 25;", nameof(SyntaxVerdict.Port), true)]
    [InlineData("System.Func<int> count = () => 25;", nameof(SyntaxVerdict.NotAPort), false)]
    [InlineData("System.Func<int, int> port = x => x + 25;", nameof(SyntaxVerdict.NotAPort), false)]
    [InlineData("System.Func<int> port = () => { return 25; };", nameof(SyntaxVerdict.NotAPort), false)]
    [InlineData("System.Func<string, int, int> f = Connect; f(\"edge\", 25);", nameof(SyntaxVerdict.AskTheSemanticModel), false)]
    [InlineData("int Local(int port) => port; Local(25);", nameof(SyntaxVerdict.AskTheSemanticModel), true)]
    [InlineData("Client c = new(\"edge\", 25);", nameof(SyntaxVerdict.AskTheSemanticModel), true)]
    [InlineData("ExchangePorts.Find(25);", nameof(SyntaxVerdict.AskTheSemanticModel), false)]
    [InlineData("System.Threading.Thread.Sleep(25);", nameof(SyntaxVerdict.AskTheSemanticModel), false)]
    public void The_syntax_decides_only_where_the_binding_would_agree(string statement, string expected, bool semanticIsPort)
    {
        var code = "static class Hosts { public static int ConnectTo(this string host, int port) => port; } " +
            "class C { int n; int Port { get; set; } int Connect(string host, int port) => port; int Send(int count) => count; " +
            "void Many(params int[] port) { } class Client { public Client(string host, int port) { } } void Run() { " + statement + " } }";
        var run = GeneratorHarness.Run([RepositoryPaths.ExchangeCatalogFile()], code);
        var tree = run.OutputCompilation.SyntaxTrees.First(t => t.ToString() == code);
        Assert.Empty(run.OutputCompilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error && !d.IsWarningAsError && d.Location.SourceTree == tree));
        var literal = tree.GetRoot().DescendantNodes().OfType<LiteralExpressionSyntax>().Single(l => l.Token.ValueText == "25");
        var index = PortIndex.Create(run.OutputCompilation)!;
        var semantic = PortPosition.TargetName(run.OutputCompilation.GetSemanticModel(tree).GetOperation(literal)!, index) is not null;

        Assert.Equal(expected, PortPosition.FromSyntax(literal, index).ToString());
        Assert.Equal(semanticIsPort, semantic);
        Assert.Equal(semanticIsPort, PortPosition.IsPortPosition(literal, run.OutputCompilation.GetSemanticModel(tree), index, default));
    }
}
