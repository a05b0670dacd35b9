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
    [InlineData("ports")]
    [InlineData("count")]
    public void Names_that_only_contain_the_letters_are_not(string name)
    {
        Assert.False(PortPosition.IsPortName(name));
    }

    // The syntax filter spares the analyzer from binding code; it must never rule out a real port position.
    [Theory]
    [InlineData("var count = 25;", false)]
    [InlineData("var total = 1 + 25;", false)]
    [InlineData("switch (n) { case 25: break; }", false)]
    [InlineData("if (n == 25) { }", false)]
    [InlineData("n = 25;", false)]
    [InlineData("var smtpPort = 25;", true)]
    [InlineData("var smtpPort = (ushort)(25);", true)]
    [InlineData("Port = 25;", true)]
    [InlineData("this.Port = 25;", true)]
    [InlineData("Connect(\"edge\", 25);", true)]
    [InlineData("Connect(\"edge\", port: 25);", true)]
    [InlineData("Connect(host: \"edge\", port: 25);", true)]
    [InlineData("new System.Net.Sockets.TcpClient(\"edge\", 25);", true)]
    public void The_syntax_filter_rules_out_only_what_the_semantic_check_rejects(string statement, bool mayBePort)
    {
        var code = "class C { int n; int Port { get; set; } static int Connect(string host, int port) => port; int M() => 0; void Run() { " + statement + " } }";
        var run = GeneratorHarness.Run([RepositoryPaths.ExchangeCatalogFile()], code);
        var tree = run.OutputCompilation.SyntaxTrees.First(t => t.ToString() == code);
        var literal = tree.GetRoot().DescendantNodes().OfType<LiteralExpressionSyntax>().Single(l => l.Token.ValueText == "25");
        var index = PortIndex.Create(run.OutputCompilation)!;
        var semantic = PortPosition.TargetName(run.OutputCompilation.GetSemanticModel(tree).GetOperation(literal)!, index) is not null;

        Assert.Equal(mayBePort, PortPosition.MayBePortPosition(literal));
        Assert.Equal(mayBePort, semantic);
    }
}
