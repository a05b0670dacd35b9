using System;
using System.Linq;
using ExchangePorts.Generators.Analyzers;
using ExchangePorts.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace ExchangePorts.Generators.Tests.Analyzers;

/// <summary>
/// Every literal of a code base passes the analyzer's first check, so a literal that is not a catalog
/// port must cost no allocation. (Roslyn boxes an integer literal's value anew on every read, which is
/// why the check reads the token's text instead.)
/// </summary>
public class LiteralAllocationTests
{
    [Theory]
    [InlineData("25", 25)]
    [InlineData("25L", 25)]
    [InlineData("25u", 25)]
    [InlineData("25UL", 25)]
    [InlineData("3_268", 3268)]
    [InlineData("0x19", 25)]
    [InlineData("0b1_1001", 25)]
    [InlineData("65535", 65535)]
    public void Reads_integer_literals(string text, int expected)
    {
        Assert.True(IntegerLiteralText.TryParsePort(text, out var port));
        Assert.Equal(expected, port);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("65536")]
    [InlineData("99999999999999999999")]
    [InlineData("25.0")]
    [InlineData("25f")]
    [InlineData("2.5e1")]
    [InlineData("25m")]
    [InlineData("0x")]
    [InlineData("0b12")]
    public void Refuses_what_is_not_an_integer_port(string text)
    {
        Assert.False(IntegerLiteralText.TryParsePort(text, out _));
    }

    [Theory]
    [InlineData("int x = 12345;")]
    [InlineData("int x = 25;")]
    [InlineData("string s = \"just text\";")]
    [InlineData("string s = \"ldap://dc01:389\";")]
    public void The_first_check_allocates_nothing(string statement)
    {
        var run = GeneratorHarness.Run([RepositoryPaths.ExchangeCatalogFile()], "class C { void M() { " + statement + " } }");
        var index = PortIndex.Create(run.OutputCompilation)!;
        var literal = run.OutputCompilation.SyntaxTrees.First().GetRoot().DescendantNodes().OfType<LiteralExpressionSyntax>().Single();

        // The runtime may allocate once on this thread while it recompiles the method (tiered JIT): an
        // allocation of the check itself shows in every round of 10,000 calls, so the best round must be 0.
        var rounds = new long[3];
        for (var round = 0; round < rounds.Length; round++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < 10_000; i++)
            {
                HardcodedPortAnalyzer.IsCatalogPortLiteral(literal, index, out _, out _);
            }

            rounds[round] = GC.GetAllocatedBytesForCurrentThread() - before;
        }

        Assert.Equal(0, rounds.Min());
    }
}
