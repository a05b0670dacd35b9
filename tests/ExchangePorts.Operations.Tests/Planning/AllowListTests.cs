using ExchangePorts.Operations.Errors;
using ExchangePorts.Operations.Planning;
using Xunit;

namespace ExchangePorts.Operations.Tests.Planning;

/// <summary><c>--allow</c> takes addresses only in their canonical forms, so none means something other than it seems.</summary>
public class AllowListTests
{
    [Theory]
    [InlineData("10.1.0.0/24", "10.1.0.0/24")]
    [InlineData("10.1.0.5", "10.1.0.5")]
    [InlineData("0.0.0.0/0", "0.0.0.0/0")]
    [InlineData("2001:db8::/32", "2001:db8::/32")]
    [InlineData("2001:0DB8:0000::1", "2001:db8::1")]
    public void Takes_addresses_and_networks_and_writes_them_canonically(string text, string written)
    {
        Assert.Equal(written, AddressSet.Text(AllowList.ParseNetwork(text, "Mailbox")));
    }

    [Theory]
    [InlineData("10.1", "is not an address")]
    [InlineData("10.1.2", "is not an address")]
    [InlineData("0x0a.1.2.3", "is not an address")]
    [InlineData("010.1.2.3", "is not an address")]
    [InlineData("10.1.2.256", "is not an address")]
    [InlineData("1.2.3.4/8", "it has host bits set; the network is 1.0.0.0/8")]
    [InlineData("2001:db8::1/32", "it has host bits set; the network is 2001:db8::/32")]
    [InlineData("10.0.0.0/33", "the prefix length is a whole number from 0 to 32")]
    [InlineData("10.0.0.0/08", "the prefix length")]
    [InlineData("10.0.0.0/", "the prefix length")]
    [InlineData("fe80::1%1", "is not an address")]
    [InlineData("fe80::1%eth0", "is not an address")]
    [InlineData("[::1]", "is not an address")]
    [InlineData("", "is not an address")]
    [InlineData("example.com", "is not an address")]
    [InlineData("::ffff:10.0.0.1", "an IPv4 address written as IPv6 never matches its IPv4 packets; write 10.0.0.1")]
    [InlineData("::ffff:10.0.0.0/120", "write 10.0.0.0")]
    public void Refuses_every_other_form_saying_why(string text, string why)
    {
        var error = Assert.Throws<OperationsException>(() => AllowList.ParseNetwork(text, "Mailbox"));
        Assert.Contains(why, error.Message, System.StringComparison.Ordinal);
        Assert.StartsWith("--allow Mailbox: '" + text + "'", error.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_network_within_another_and_any_address_are_told_apart()
    {
        var small = new AddressSet([AllowList.ParseNetwork("10.1.2.0/24", "A"), AllowList.ParseNetwork("fd00::5", "A")]);
        var large = new AddressSet([AllowList.ParseNetwork("10.0.0.0/8", "A"), AllowList.ParseNetwork("fd00::/8", "A")]);
        Assert.True(small.IsSubsetOf(large));
        Assert.False(large.IsSubsetOf(small));
        Assert.True(large.IsSubsetOf(AddressSet.AnyAddress));
        Assert.False(AddressSet.AnyAddress.IsSubsetOf(large));
        Assert.False(new AddressSet([AllowList.ParseNetwork("10.1.2.0/24", "A")]).IsSubsetOf(new AddressSet([AllowList.ParseNetwork("fd00::/8", "A")])));
    }
}
