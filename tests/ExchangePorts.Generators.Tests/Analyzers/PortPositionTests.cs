using ExchangePorts.Generators.Analyzers;
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
}
