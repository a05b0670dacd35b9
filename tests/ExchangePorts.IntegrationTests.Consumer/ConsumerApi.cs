namespace Contoso.Lab;

/// <summary>Internal generated API seen from outside the assembly through a public door.</summary>
public static class ConsumerApi
{
    /// <summary>The DNS port of the internal firewall catalog.</summary>
    public const int FirewallDns = FirewallPorts.Outbound.Dns;

    /// <summary>How many entries the internal firewall catalog has.</summary>
    public static int FirewallEntryCount => FirewallPorts.All.Count;
}
