using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Net.Sockets;

namespace ExchangePorts.Tool.Firewall;

/// <summary>
/// The remote addresses allowed for each peer role, from <c>--allow ROLE=ADDRESSES</c>: <c>Any</c>, or
/// IPv4 and IPv6 addresses and networks (<c>10.1.0.0/24</c>, <c>2001:db8::/32</c>) joined by commas.
/// </summary>
internal sealed class AllowList
{
    private readonly Dictionary<string, List<string>> _addresses = new(StringComparer.OrdinalIgnoreCase);

    public const string Any = "Any";

    /// <summary>Parses every <c>--allow</c> value.</summary>
    /// <exception cref="UsageException">A value is not <c>ROLE=ADDRESSES</c>, or an address is not one.</exception>
    public static AllowList Parse(IEnumerable<string> values)
    {
        var list = new AllowList();
        foreach (var value in values)
        {
            var equals = value.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0 || equals == value.Length - 1)
            {
                throw new UsageException("--allow: '" + value + "' is not ROLE=ADDRESSES, such as Mailbox=10.1.0.0/24 or Internet=Any.");
            }

            var role = value.Substring(0, equals).Trim();
            if (!list._addresses.TryGetValue(role, out var addresses))
            {
                list._addresses.Add(role, addresses = []);
            }

            foreach (var address in value.Substring(equals + 1).Split(',', StringSplitOptions.TrimEntries))
            {
                addresses.Add(Normalize(address, role));
            }
        }

        return list;
    }

    public IEnumerable<string> Roles => _addresses.Keys;

    /// <summary>The addresses for a role, empty for any address; false when the command line gives none.</summary>
    public bool TryGet(string role, out IReadOnlyList<string> addresses)
    {
        if (_addresses.TryGetValue(role, out var list))
        {
            addresses = list.Contains(Any) ? [] : list;
            return true;
        }

        addresses = [];
        return false;
    }

    public static bool IsIPv6(string address) => address.Contains(':', StringComparison.Ordinal);

    private static string Normalize(string address, string role)
    {
        if (string.Equals(address, Any, StringComparison.OrdinalIgnoreCase))
        {
            return Any;
        }

        var slash = address.IndexOf('/', StringComparison.Ordinal);
        var host = slash < 0 ? address : address.Substring(0, slash);
        if (host.Length > 0 && IPAddress.TryParse(host, out var ip) && (host.Contains('.', StringComparison.Ordinal) || host.Contains(':', StringComparison.Ordinal)))
        {
            var bits = ip.AddressFamily == AddressFamily.InterNetworkV6 ? 128 : 32;
            if (slash < 0)
            {
                return ip.ToString();
            }

            if (int.TryParse(address.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var prefix) && prefix <= bits)
            {
                return ip + "/" + prefix.ToString(CultureInfo.InvariantCulture);
            }
        }

        throw new UsageException(
            "--allow " + role + ": '" + address + "' is not an address; use Any, an IPv4 or IPv6 address, or a network such as 10.1.0.0/24.");
    }
}
