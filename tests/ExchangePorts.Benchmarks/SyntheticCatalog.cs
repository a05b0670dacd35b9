using System.Globalization;
using System.Text;

/// <summary>Deterministic catalogs of any size, shaped like real ones: groups of a few entries, shared ports, quoted text.</summary>
public static class SyntheticCatalog
{
    public static string Csv(int rows, string salt = "")
    {
        var text = new StringBuilder("group,name,port,transport,from,to,service,security,description,source,notes\n");
        for (var i = 0; i < rows; i++)
        {
            text.Append("Group").Append((i / 8).ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append("Entry").Append(i.ToString(CultureInfo.InvariantCulture)).Append(salt).Append(',')
                .Append((1 + (i * 7 % 65535)).ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(i % 3 == 0 ? "tcp/udp" : "tcp").Append(',')
                .Append("Server role A,Server role B,Service ").Append(i.ToString(CultureInfo.InvariantCulture))
                .Append(",TLS,\"Path, as published\",https://example.com/ports,\"Note \"\"").Append(i.ToString(CultureInfo.InvariantCulture)).Append("\"\"\"\n");
        }

        return text.ToString();
    }
}
