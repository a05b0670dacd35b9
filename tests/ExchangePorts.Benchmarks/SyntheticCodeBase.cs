using System.Globalization;
using System.Text;

/// <summary>
/// Deterministic user code for the analyzer benchmark: files of methods full of integer literals, a
/// given share of them catalog ports in port positions, the rest ordinary numbers (some equal to a
/// port, in places that are not ports). Every method also checks an argument the CA1507 way.
/// </summary>
public static class SyntheticCodeBase
{
    // Ports of the Exchange catalog, so the analyzer finds constants for them.
    private static readonly int[] Ports = [25, 587, 135, 389, 3268, 88, 53, 80, 50636, 50389];

    private const int LiteralsPerMethod = 10;

    public static string[] Files(int files, int literalsPerFile, int portsInHundred)
    {
        var sources = new string[files];
        var literal = 0;
        for (var f = 0; f < files; f++)
        {
            var text = new StringBuilder("namespace Synthetic\n{\n    public sealed class Service")
                .Append(Number(f)).Append("\n    {\n");
            for (var m = 0; m * LiteralsPerMethod < literalsPerFile; m++)
            {
                text.Append("        public int Run").Append(Number(m)).Append("(string host, object options)\n        {\n")
                    .Append("            if (options is null) throw new System.ArgumentNullException(\"options\");\n")
                    .Append("            var total = 0;\n");
                for (var i = 0; i < LiteralsPerMethod && (m * LiteralsPerMethod) + i < literalsPerFile; i++, literal++)
                {
                    if (literal % 100 < portsInHundred)
                    {
                        // A port in a port position, in turn: a local named *Port, a named and a positional port
                        // argument (only the positional one needs the semantic model to tell).
                        var port = Number(Ports[literal % Ports.Length]);
                        text.Append((literal % 3) switch
                        {
                            0 => "            var smtpPort" + Number(i) + " = " + port + "; total += smtpPort" + Number(i) + ";\n",
                            1 => "            total += Connect(host, port: " + port + ");\n",
                            _ => "            total += Connect(host, " + port + ");\n",
                        });
                    }
                    else
                    {
                        // Not a port: counters and sizes, some of them equal to a port number.
                        text.Append("            var count").Append(Number(i)).Append(" = ").Append(Number(literal * 7 % 4000)).Append("; total += count").Append(Number(i)).Append(";\n");
                    }
                }

                text.Append("            return total;\n        }\n\n");
            }

            text.Append("        private static int Connect(string host, int port) => host.Length + port;\n    }\n}\n");
            sources[f] = text.ToString();
        }

        return sources;
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
