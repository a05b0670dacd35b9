using System;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Net.Sockets;

namespace ExchangePorts.Operations.Planning;

/// <summary>An IPv4 or IPv6 network: its base address (no host bits) and prefix length; a single address is a /32 or /128.</summary>
internal readonly struct Network : IEquatable<Network>
{
    private readonly byte[] _bytes;

    public Network(IPAddress baseAddress, int prefixLength)
    {
        BaseAddress = baseAddress;
        PrefixLength = prefixLength;
        _bytes = baseAddress.GetAddressBytes();
    }

    public IPAddress BaseAddress { get; }

    public int PrefixLength { get; }

    public bool IsIPv6 => BaseAddress.AddressFamily == AddressFamily.InterNetworkV6;

    /// <summary>The length of an address of this family: 32 or 128.</summary>
    public int Bits => IsIPv6 ? 128 : 32;

    /// <summary>The network an address is in with that prefix: the address with its host bits cleared.</summary>
    public static Network Of(IPAddress address, int prefixLength)
    {
        var bytes = address.GetAddressBytes();
        for (var i = 0; i < bytes.Length; i++)
        {
            var keep = Math.Max(0, Math.Min(8, prefixLength - (i * 8)));
            bytes[i] &= (byte)(0xFF << (8 - keep));
        }

        return new Network(new IPAddress(bytes), prefixLength);
    }

    /// <summary>Whether every address of <paramref name="inner"/> is in this network.</summary>
    public bool Contains(Network inner) =>
        IsIPv6 == inner.IsIPv6 && PrefixLength <= inner.PrefixLength && Of(inner.BaseAddress, PrefixLength).Equals(this);

    public bool Equals(Network other) => PrefixLength == other.PrefixLength && _bytes.SequenceEqual(other._bytes);

    public override bool Equals(object? obj) => obj is Network other && Equals(other);

    public override int GetHashCode() => _bytes.Aggregate(PrefixLength, (hash, b) => unchecked((hash * 31) + b));

    /// <summary>As firewalls write it: <c>10.1.0.5</c> for a single address, <c>10.1.0.0/24</c> for a network.</summary>
    public override string ToString() =>
        PrefixLength == Bits ? BaseAddress.ToString() : BaseAddress + "/" + PrefixLength.ToString(CultureInfo.InvariantCulture);
}
