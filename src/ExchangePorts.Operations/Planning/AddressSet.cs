using System.Collections.Generic;
using System.Linq;

namespace ExchangePorts.Operations.Planning;

/// <summary>The remote addresses a rule allows: any address, or a list of networks (a single address is a /32 or /128).</summary>
internal sealed class AddressSet
{
    public static readonly AddressSet AnyAddress = new([]) { IsAny = true };

    public AddressSet(IReadOnlyList<Network> networks) => Networks = networks.Distinct().ToList();

    public bool IsAny { get; private init; }

    /// <summary>The networks, in the order given, each once; empty for any address.</summary>
    public IReadOnlyList<Network> Networks { get; }

    public IEnumerable<Network> IPv4 => Networks.Where(n => !n.IsIPv6);

    public IEnumerable<Network> IPv6 => Networks.Where(n => n.IsIPv6);

    /// <summary>Each network as firewalls write it: <c>10.1.0.5</c> for a single address, <c>10.1.0.0/24</c> for a network.</summary>
    public IEnumerable<string> Texts => Networks.Select(Text);

    /// <summary>Whether every address of this set is in <paramref name="other"/>.</summary>
    public bool IsSubsetOf(AddressSet other) =>
        other.IsAny || (!IsAny && Networks.All(n => other.Networks.Any(o => Contains(o, n))));

    public AddressSet Union(AddressSet other) =>
        IsAny || other.IsAny ? AnyAddress : new AddressSet([.. Networks, .. other.Networks]);

    /// <summary>The same addresses, whatever the order.</summary>
    public bool SetEquals(AddressSet other) => IsSubsetOf(other) && other.IsSubsetOf(this);

    public static string Text(Network network) => network.ToString();

    private static bool Contains(Network outer, Network inner) => outer.Contains(inner);
}
