using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using ExchangePorts.Operations.Errors;

namespace ExchangePorts.Operations.Planning;

/// <summary>
/// The remote addresses allowed for each peer role, from <c>--allow ROLE=ADDRESSES</c>: <c>Any</c>, or IPv4 and IPv6
/// addresses and networks (<c>10.1.0.0/24</c>, <c>2001:db8::/32</c>) joined by commas. Only the canonical textual
/// forms are taken: four decimal octets for IPv4 (never <c>10.1</c> or <c>0x0a.1.2.3</c>), no scope id
/// (<c>fe80::1%1</c>), and a network without host bits, so no address means something other than it seems.
/// </summary>
internal sealed class AllowList
{
    public const string Any = "Any";

    private readonly Dictionary<string, AddressSet> _addresses = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Parses every <c>--allow</c> value.</summary>
    /// <exception cref="OperationsException">A value is not <c>ROLE=ADDRESSES</c>, or an address is not one.</exception>
    public static AllowList Parse(IEnumerable<string> values, ParameterNames? names = null)
    {
        var option = (names ?? ParameterNames.CommandLine).Allow;
        var list = new AllowList();
        foreach (var value in values)
        {
            var equals = value.IndexOf('=');
            if (equals <= 0 || equals == value.Length - 1)
            {
                throw new OperationsException(option + ": '" + value + "' is not ROLE=ADDRESSES, such as Mailbox=10.1.0.0/24 or Internet=Any.");
            }

            var role = value.Substring(0, equals).Trim();
            var networks = new List<Network>();
            var any = false;
            foreach (var address in value.Substring(equals + 1).Split(',').Select(a => a.Trim()))
            {
                if (string.Equals(address, Any, StringComparison.OrdinalIgnoreCase))
                {
                    any = true;
                }
                else
                {
                    networks.Add(ParseNetwork(address, role, option));
                }
            }

            var set = any ? AddressSet.AnyAddress : new AddressSet(networks);
            list._addresses[role] = list._addresses.TryGetValue(role, out var earlier) ? earlier.Union(set) : set;
        }

        return list;
    }

    public IEnumerable<string> Roles => _addresses.Keys;

    /// <summary>The addresses for a role; false when the command line gives none.</summary>
    public bool TryGet(string role, out AddressSet addresses)
    {
        if (_addresses.TryGetValue(role, out var set))
        {
            addresses = set;
            return true;
        }

        addresses = AddressSet.AnyAddress;
        return false;
    }

    /// <summary>An address or a network in its canonical form, or a usage error that says what was wrong.</summary>
    public static Network ParseNetwork(string text, string role, string? option = null)
    {
        option ??= ParameterNames.CommandLine.Allow;
        var slash = text.IndexOf('/');
        var host = slash < 0 ? text : text.Substring(0, slash);
        var address = ParseAddress(host) ?? throw Bad(text, role, option, "use Any, an IPv4 or IPv6 address, or a network such as 10.1.0.0/24");
        if (address.IsIPv4MappedToIPv6)
        {
            // Rules match a packet's own family: an IPv4 peer's packets are IPv4, never ::ffff:a.b.c.d.
            throw Bad(text, role, option, "an IPv4 address written as IPv6 never matches its IPv4 packets; write " + address.MapToIPv4());
        }

        var bits = address.AddressFamily == AddressFamily.InterNetworkV6 ? 128 : 32;
        if (slash < 0)
        {
            return new Network(address, bits);
        }

        var prefixText = text.Substring(slash + 1);
        if (!IsDecimal(prefixText) || !int.TryParse(prefixText, NumberStyles.None, CultureInfo.InvariantCulture, out var prefix) || prefix > bits)
        {
            throw Bad(text, role, option, "the prefix length is a whole number from 0 to " + bits.ToString(CultureInfo.InvariantCulture));
        }

        var network = Network.Of(address, prefix);
        return network.BaseAddress.Equals(address)
            ? network
            : throw Bad(text, role, option, "it has host bits set; the network is " + network);
    }

    private static OperationsException Bad(string text, string role, string option, string why) =>
        new(option + " " + role + ": '" + text + "' is not an address: " + why + ".");

    private static IPAddress? ParseAddress(string text)
    {
        if (text.IndexOf(':') >= 0)
        {
            // IPv6: any textual form but a scope id (%), which names an interface of one machine and which cmd.exe expands.
            return text.All(c => c is (>= '0' and <= '9') or (>= 'a' and <= 'f') or (>= 'A' and <= 'F') || c is ':' or '.') && IPAddress.TryParse(text, out var v6) && v6.AddressFamily == AddressFamily.InterNetworkV6 ? v6 : null;
        }

        var octets = text.Split('.');
        if (octets.Length != 4 || !octets.All(o => IsDecimal(o) && o.Length <= 3 && int.Parse(o, CultureInfo.InvariantCulture) <= 255))
        {
            return null;
        }

        return new IPAddress(octets.Select(o => byte.Parse(o, CultureInfo.InvariantCulture)).ToArray());
    }

    // Digits only, and no leading zero, which some parsers read as octal.
    private static bool IsDecimal(string text) =>
        text.Length > 0 && text.All(c => c is >= '0' and <= '9') && (text.Length == 1 || text[0] != '0');
}
