using System.Globalization;
using System.Text;

/// <summary>
/// Deterministic catalogs of any size, shaped like real ones: groups of a few entries, shared ports, quoted
/// text. The CSV and JSON forms hold the same entries, so they generate the same code.
/// </summary>
public static class SyntheticCatalog
{
    public static string Csv(int rows, string salt = "")
    {
        var text = new StringBuilder("group,name,port,transport,from,to,service,security,description,source,notes\n");
        for (var i = 0; i < rows; i++)
        {
            text.Append("Group").Append(Group(i)).Append(',')
                .Append("Entry").Append(Number(i)).Append(salt).Append(',')
                .Append(Port(i)).Append(',')
                .Append(Transport(i)).Append(',')
                .Append("Server role A,Server role B,Service ").Append(Number(i))
                .Append(",TLS,\"Path, as published\",https://example.com/ports,\"Note \"\"").Append(Number(i)).Append("\"\"\"\n");
        }

        return text.ToString();
    }

    public static string Json(int rows, string salt = "")
    {
        var text = new StringBuilder("[\n");
        for (var i = 0; i < rows; i++)
        {
            text.Append("  { \"group\": \"Group").Append(Group(i))
                .Append("\", \"name\": \"Entry").Append(Number(i)).Append(salt)
                .Append("\", \"port\": ").Append(Port(i))
                .Append(", \"transport\": \"").Append(Transport(i))
                .Append("\", \"from\": \"Server role A\", \"to\": \"Server role B\", \"service\": \"Service ").Append(Number(i))
                .Append("\", \"security\": \"TLS\", \"description\": \"Path, as published\", \"source\": \"https://example.com/ports\", \"notes\": \"Note \\\"").Append(Number(i))
                .Append("\\\"\" }").Append(i + 1 < rows ? ",\n" : "\n");
        }

        return text.Append("]\n").ToString();
    }

    private static string Group(int i) => (i / 8).ToString(CultureInfo.InvariantCulture);

    private static string Number(int i) => i.ToString(CultureInfo.InvariantCulture);

    private static string Port(int i) => (1 + (i * 7 % 65535)).ToString(CultureInfo.InvariantCulture);

    private static string Transport(int i) => i % 3 == 0 ? "tcp/udp" : "tcp";
}
