using System;

namespace ExchangePorts.Generators.Model;

/// <summary>The transport protocols of a catalog entry; mirrors the generated <c>PortTransport</c> enum.</summary>
[Flags]
internal enum PortTransport
{
    None = 0,
    Tcp = 1,
    Udp = 2,
}
