using System.Linq;
using ExchangePorts.Generators.Naming;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ExchangePorts.Generators.Tests.Catalog;

/// <summary>The catalog reader's own idea of a C# identifier is the compiler's, for every character and keyword.</summary>
public class CSharpIdentifiersTests
{
    [Fact]
    public void Every_character_starts_or_continues_an_identifier_exactly_when_the_compiler_says_so()
    {
        for (var c = char.MinValue; ; c++)
        {
            Assert.True(SyntaxFacts.IsIdentifierStartCharacter(c) == CSharpIdentifiers.IsStartCharacter(c), "start U+" + ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            Assert.True(SyntaxFacts.IsIdentifierPartCharacter(c) == CSharpIdentifiers.IsPartCharacter(c), "part U+" + ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            if (c == char.MaxValue)
            {
                break;
            }
        }
    }

    [Fact]
    public void The_keywords_are_the_compiler_s_reserved_ones()
    {
        Assert.Equal(
            SyntaxFacts.GetReservedKeywordKinds().Select(SyntaxFacts.GetText).Order(System.StringComparer.Ordinal),
            CSharpIdentifiers.Keywords.Order(System.StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Smtp")]
    [InlineData("_3com")]
    [InlineData("3com")]
    [InlineData("a-b")]
    [InlineData("Ünïcödé")]
    [InlineData("a\u200Bb")]
    [InlineData("")]
    [InlineData("@class")]
    [InlineData("class")]
    public void A_name_is_valid_exactly_when_the_compiler_says_so(string name)
    {
        Assert.Equal(SyntaxFacts.IsValidIdentifier(name), CSharpIdentifiers.IsValid(name));
    }
}
