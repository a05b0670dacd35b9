using System.Collections.Generic;
using System.IO;
using ExchangePorts.Generators.Text;

namespace ExchangePorts.Generators.Analyzers;

/// <summary>
/// The ports of standard protocols that code of every kind connects to (SMTP's 25, DNS's 53, HTTP's 80,
/// LDAP's 389, the global catalog's 3268, ...). A literal on one of them is as likely to be any SMTP,
/// DNS or HTTP client as a catalog entry, so it is reported only when the code around it says which entry
/// it is (<see cref="CandidateEvidence"/>). A catalog port that is not here (EdgeSync's 50636, ADAM's 50389)
/// is distinctive: in a port position, it is the catalog's. The list is <c>Data/standard-ports.csv</c>, rows
/// of IANA's Service Name and Transport Protocol Port Number Registry copied unchanged, and
/// <c>Data/proxy-ports.csv</c>, the ports of open proxies that Microsoft's Exchange 2016/2019 network ports
/// topic names for sender reputation's open-proxy detection (3128 is every Squid's, not Exchange's).
/// </summary>
internal static class StandardPorts
{
    /// <summary>The port column of <c>proxy-ports.csv</c>, a file of this project's own making.</summary>
    private const string ProxyPortColumn = "port";

    private static readonly HashSet<int> Ports = Read();

    public static bool Contains(int port) => Ports.Contains(port);

    private static HashSet<int> Read()
    {
        var ports = new HashSet<int>();
        Read("standard-ports.csv", IanaRegistryHeader.PortNumber, ports);
        Read("proxy-ports.csv", ProxyPortColumn, ports);
        return ports;
    }

    private static void Read(string fileName, string portColumn, HashSet<int> ports)
    {
        // Without the list every port would look distinctive: a build that lost it must fail, not guess.
        using var stream = typeof(StandardPorts).Assembly.GetManifestResourceStream("ExchangePorts.Generators.Analyzers." + fileName)
            ?? throw new FileNotFoundException("Embedded list of standard ports not found.", fileName);

        using var text = new StreamReader(stream);
        var reader = new CsvReader(text.ReadToEnd());
        var fields = new List<CsvField>();
        var column = -1;
        while (reader.TryReadRecord(fields, out _, out var malformed))
        {
            if (column < 0)
            {
                column = fields.FindIndex(field => field.Value == portColumn);
                if (column < 0)
                {
                    throw new InvalidDataException(fileName + " has no column '" + portColumn + "'.");
                }
            }
            else if (!malformed && fields.Count > column && int.TryParse(fields[column].Value, out var port))
            {
                ports.Add(port);
            }
        }
    }
}
