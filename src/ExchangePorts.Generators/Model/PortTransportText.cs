namespace ExchangePorts.Generators.Model;

/// <summary>A transport as people write it after a port number: <c>25/TCP</c>, <c>389/TCP/UDP</c>.</summary>
internal static class PortTransportText
{
    public static string Of(PortTransport transport) => transport switch
    {
        PortTransport.Tcp => "TCP",
        PortTransport.Udp => "UDP",
        _ => "TCP/UDP",
    };
}
