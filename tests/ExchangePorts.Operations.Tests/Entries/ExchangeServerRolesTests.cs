using ExchangePorts.Operations.Entries;
using Xunit;

namespace ExchangePorts.Operations.Tests.Entries;

/// <summary>Exchange's ServerRole text to the catalogs' role keys.</summary>
public class ExchangeServerRolesTests
{
    private static readonly string[] Roles2013 = ["Clients", "Internet", "ClientAccess", "Mailbox", "Edge", "Local"];
    private static readonly string[] Roles2010 = ["Hub", "Edge", "Mailbox", "ClientAccess", "UnifiedMessaging"];

    [Theory]
    [InlineData("Mailbox, ClientAccess", new[] { "Mailbox", "ClientAccess" })]
    [InlineData("ClientAccess, Mailbox", new[] { "ClientAccess", "Mailbox" })]
    [InlineData("Edge", new[] { "Edge" })]
    [InlineData("mailbox", new[] { "Mailbox" })]
    [InlineData("Mailbox, Monitoring", new[] { "Mailbox" })]
    [InlineData("Mailbox,Mailbox", new[] { "Mailbox" })]
    [InlineData("Local", new string[0])]
    [InlineData("HubTransport", new string[0])]
    [InlineData("", new string[0])]
    public void Against_the_2013_catalog(string serverRole, string[] keys) =>
        Assert.Equal(keys, ExchangeServerRoles.Keys(serverRole, Roles2013));

    [Theory]
    [InlineData("Mailbox, ClientAccess, UnifiedMessaging, HubTransport", new[] { "Mailbox", "ClientAccess", "UnifiedMessaging", "Hub" })]
    [InlineData("HubTransport", new[] { "Hub" })]
    [InlineData("hub", new[] { "Hub" })]
    public void Hub_Transport_is_the_catalogs_Hub(string serverRole, string[] keys) =>
        Assert.Equal(keys, ExchangeServerRoles.Keys(serverRole, Roles2010));
}
