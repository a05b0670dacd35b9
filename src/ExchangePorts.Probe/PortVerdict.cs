namespace PortCatalog.Probing;

/// <summary>What a probe found on one port, in the words nmap and PortQry use.</summary>
public enum PortVerdict
{
    /// <summary>The TCP handshake completed, or the UDP service answered its request.</summary>
    Open,

    /// <summary>The host refused (TCP reset, ICMP port unreachable): it is there, and nothing listens.</summary>
    Closed,

    /// <summary>No answer before the timeout: a firewall drops the traffic, or (UDP) the service stayed silent.</summary>
    Filtered,

    /// <summary>The host name does not resolve.</summary>
    Unresolved,

    /// <summary>Anything else; the result's detail says what.</summary>
    Error,

    /// <summary>Not probed, and the detail says why: a range not swept, a UDP service without a request of its own.</summary>
    NotProbed,
}
