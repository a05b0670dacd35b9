// Prints the Exchange 2007 port matrix, using nothing but the API generated from catalog/exchange.ports.csv.
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

static string Port(PortCatalog.PortDefinition entry) =>
    $"{entry.Port}/{(entry.Transport == (PortCatalog.PortTransport.Tcp | PortCatalog.PortTransport.Udp) ? "TCP/UDP" : entry.Transport.ToString().ToUpperInvariant())}";
