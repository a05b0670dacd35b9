// Prints the Exchange 2007 port matrix and the Exchange 2019 / Subscription Edition ports, using nothing but
// the API generated from the catalogs the package ships (catalog/exchange.ports.csv, catalog/exchange2019.ports.json).
using System;
using System.Linq;

const string Row = "  {0,-60} {1,-48} {2,-15} {3}";

Console.WriteLine($"Exchange Server 2007 ports: {ExchangePorts.All.Count} entries");
foreach (var group in ExchangePorts.All.GroupBy(entry => entry.Group))
{
    Console.WriteLine();
    Console.WriteLine($"{group.Key}: {group.First().Description}");
    Console.WriteLine(Row, "Route", "Service", "Port", "Security");
    foreach (var entry in group)
    {
        Console.WriteLine(Row, $"{entry.From} → {entry.To}", entry.Service, Port(entry), entry.Security);
    }
}

// The constants are compile-time values: usable in switch labels and attribute arguments.
Console.WriteLine();
Console.WriteLine($"ExchangePorts.HubToEdge.Smtp = {ExchangePorts.HubToEdge.Smtp}");
Console.WriteLine($"ExchangePorts.Find(135): {string.Join(", ", ExchangePorts.Find(135).Select(entry => entry.QualifiedName))}");
if (ExchangePorts.TryGet("EdgeSync.SecureLdap", out var secureLdap))
{
    Console.WriteLine($"ExchangePorts.TryGet(\"EdgeSync.SecureLdap\"): {secureLdap}");
}

// Microsoft's 2019 tables also apply to Exchange Server Subscription Edition.
Console.WriteLine();
Console.WriteLine($"Exchange Server 2019 and Subscription Edition ports: {Exchange2019Ports.All.Count} entries");
foreach (var group in Exchange2019Ports.All.GroupBy(entry => entry.Group))
{
    Console.WriteLine($"  {group.Key}: {string.Join(", ", group.Select(entry => $"{entry.Name} {Port(entry)}"))}");
}

Console.WriteLine();
Console.WriteLine($"Exchange2019Ports.Transport.Smtp = {Exchange2019Ports.Transport.Smtp}");
Console.WriteLine($"Exchange2019Ports.Find(25): {Exchange2019Ports.Find(25).Count} data paths");

static string Port(PortCatalog.PortDefinition entry) =>
    (entry.IsRange ? $"{entry.Port}-{entry.LastPort}" : $"{entry.Port}") +
    $"/{(entry.Transport == (PortCatalog.PortTransport.Tcp | PortCatalog.PortTransport.Udp) ? "TCP/UDP" : entry.Transport.ToString().ToUpperInvariant())}";
