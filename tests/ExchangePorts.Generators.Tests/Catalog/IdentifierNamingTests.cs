using ExchangePorts.Generators.Catalog;
using Xunit;

namespace ExchangePorts.Generators.Tests.Catalog;

public class IdentifierNamingTests
{
    [Theory]
    [InlineData("HubToEdge", "HubToEdge")]
    [InlineData("hub-to-edge", "HubToEdge")]
    [InlineData("ldap gc", "LdapGc")]
    [InlineData("  Smtp  ", "Smtp")]
    [InlineData("smtp", "smtp")]
    [InlineData("hub_to_edge", "hub_to_edge")]
    [InlineData("SMTP relay", "SMTPRelay")]
    [InlineData("edge.sync/secure", "EdgeSyncSecure")]
    [InlineData("class", "@class")]
    [InlineData("Class", "Class")]
    [InlineData("ldap 2", "Ldap2")]
    [InlineData("straße", "straße")]
    [InlineData("Smtp\u200B", "Smtp")]
    [InlineData("_private", "_private")]
    public void Makes_identifiers(string value, string expected)
    {
        Assert.True(IdentifierNaming.TryCreate(value, out var identifier, out var reason), reason);
        Assert.Equal(expected, identifier);
    }

    [Theory]
    [InlineData("", "it is empty")]
    [InlineData("   ", "it is empty")]
    [InlineData("---", "it has no letters or digits")]
    [InlineData("3268", "it must start with a letter or '_', not '3'")]
    [InlineData("50636 secure", "it must start with a letter or '_', not '5'")]
    public void Refuses_values_that_cannot_become_identifiers(string value, string expectedReason)
    {
        Assert.False(IdentifierNaming.TryCreate(value, out _, out var reason));
        Assert.Equal(expectedReason, reason);
    }

    [Fact]
    public void Unescape_drops_only_the_keyword_escape()
    {
        Assert.Equal("class", IdentifierNaming.Unescape("@class"));
        Assert.Equal("Smtp", IdentifierNaming.Unescape("Smtp"));
    }
}
