using System.Linq;
using ExchangePorts.Generators.Naming;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ExchangePorts.Generators.Tests.Catalog;

/// <summary>Catalog text becomes PascalCase identifiers, whatever the source wrote (a registry writes lowercase).</summary>
public class IdentifierNamingTests
{
    [Theory]
    [InlineData("HubToEdge", "HubToEdge")]
    [InlineData("hub-to-edge", "HubToEdge")]
    [InlineData("ldap gc", "LdapGc")]
    [InlineData("  Smtp  ", "Smtp")]
    [InlineData("smtp", "Smtp")]
    [InlineData("hub_to_edge", "HubToEdge")]
    [InlineData("rsvp_tunnel", "RsvpTunnel")]
    [InlineData("ms-sql-s", "MsSqlS")]
    [InlineData("z39.50", "Z3950")]
    [InlineData("3com-tsmux", "_3comTsmux")]
    [InlineData("3268", "_3268")]
    [InlineData("SMTP relay", "SMTPRelay")]
    [InlineData("edge.sync/secure", "EdgeSyncSecure")]
    [InlineData("class", "Class")]
    [InlineData("Class", "Class")]
    [InlineData("ldap 2", "Ldap2")]
    [InlineData("straße", "Straße")]
    [InlineData("Smtp\u200B", "Smtp")]
    [InlineData("_private", "Private")]
    public void Makes_identifiers(string value, string expected)
    {
        Assert.True(IdentifierNaming.TryCreate(value, out var identifier, out var reason), reason);
        Assert.Equal(expected, identifier);
    }

    [Theory]
    [InlineData("", "it is empty")]
    [InlineData("   ", "it is empty")]
    [InlineData("---", "it has no letters or digits")]
    [InlineData("\u0301x", "it must start with a letter or '_', not '\u0301'")]
    public void Refuses_values_that_cannot_become_identifiers(string value, string expectedReason)
    {
        Assert.False(IdentifierNaming.TryCreate(value, out _, out var reason));
        Assert.Equal(expectedReason, reason);
    }

    [Fact]
    public void No_keyword_becomes_a_keyword_so_names_are_written_without_an_escape()
    {
        var keywords = SyntaxFacts.GetKeywordKinds().Concat(SyntaxFacts.GetContextualKeywordKinds()).Select(SyntaxFacts.GetText).ToList();
        Assert.Contains("class", keywords);
        foreach (var keyword in keywords)
        {
            Assert.True(IdentifierNaming.TryCreate(keyword, out var identifier, out _), keyword);
            Assert.Equal(SyntaxKind.None, SyntaxFacts.GetKeywordKind(identifier));
            Assert.True(SyntaxFacts.IsValidIdentifier(identifier), identifier);
        }
    }
}
