using System;

namespace ExchangePorts.Generators.Model;

/// <summary>
/// The transport protocols of a catalog entry; mirrors the generated <c>PortTransport</c> enum. None means
/// the catalog does not say (a registry row with an empty transport).
/// </summary>
[Flags]
internal enum PortTransport
{
    None = 0,
    Tcp = 1,
    Udp = 2,
    Sctp = 4,
    Dccp = 8,
}
