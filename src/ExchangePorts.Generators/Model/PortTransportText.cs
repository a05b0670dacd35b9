namespace ExchangePorts.Generators.Model;

/// <summary>
/// Transports as people write them after a port number, <c>25/TCP</c>, <c>389/TCP/UDP</c>, and as catalogs
/// name them, <c>tcp</c>, <c>udp</c>, <c>sctp</c>, <c>dccp</c>, joined by <c>/</c> or <c>+</c>.
/// </summary>
internal static class PortTransportText
{
    /// <summary>Each transport with its catalog name and its display name, in display order.</summary>
    public static readonly (PortTransport Transport, string Name, string Display)[] All =
    [
        (PortTransport.Tcp, "tcp", "TCP"),
        (PortTransport.Udp, "udp", "UDP"),
        (PortTransport.Sctp, "sctp", "SCTP"),
        (PortTransport.Dccp, "dccp", "DCCP"),
    ];

    /// <summary><c>TCP</c>, <c>TCP/UDP</c>, <c>TCP/UDP/SCTP</c>; empty when the catalog does not say.</summary>
    public static string Of(PortTransport transport) => transport switch
    {
        // The common ones without building a string.
        PortTransport.Tcp => "TCP",
        PortTransport.Udp => "UDP",
        PortTransport.Tcp | PortTransport.Udp => "TCP/UDP",
        _ => Join(transport),
    };

    /// <summary>Parses <c>tcp</c>, <c>udp</c>, <c>sctp</c>, <c>dccp</c> and their combinations (<c>tcp/udp</c>, <c>udp+tcp</c>), ignoring case.</summary>
    public static bool TryParse(string value, out PortTransport transport)
    {
        transport = PortTransport.None;
        var start = 0;
        while (start <= value.Length)
        {
            var end = value.IndexOfAny(Separators, start);
            if (end < 0)
            {
                end = value.Length;
            }

            var part = value.Substring(start, end - start).Trim();
            var known = false;
            foreach (var (meaning, name, _) in All)
            {
                if (string.Equals(part, name, System.StringComparison.OrdinalIgnoreCase))
                {
                    transport |= meaning;
                    known = true;
                    break;
                }
            }

            if (!known)
            {
                transport = PortTransport.None;
                return false;
            }

            start = end + 1;
        }

        return true;
    }

    private static readonly char[] Separators = ['/', '+'];

    private static string Join(PortTransport transport)
    {
        var text = string.Empty;
        foreach (var (meaning, _, display) in All)
        {
            if ((transport & meaning) != 0)
            {
                text = text.Length == 0 ? display : text + "/" + display;
            }
        }

        return text;
    }
}
