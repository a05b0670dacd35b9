using System.Globalization;

namespace ExchangePorts.Generators.Model;

/// <summary>
/// A port or a range of ports as catalogs, tooltips and messages write it: <c>25</c>, <c>1024-65535</c>,
/// and with its transport, <c>1024-65535/UDP</c>. The catalog parser reads the same form.
/// </summary>
internal static class PortText
{
    /// <summary>Between the first and the last port of a range: <c>1024-65535</c>.</summary>
    public const char RangeSeparator = '-';

    public static string Of(int first, int last) =>
        first == last
            ? first.ToString(CultureInfo.InvariantCulture)
            : first.ToString(CultureInfo.InvariantCulture) + RangeSeparator + last.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Where the traffic goes, as tooltips and messages say it: <c>A → B</c>, <c>from A</c>, <c>to B</c>, or
    /// empty when the catalog names neither role.
    /// </summary>
    public static string Route(string from, string to) => (from.Length > 0, to.Length > 0) switch
    {
        (true, true) => from + " → " + to,
        (true, false) => "from " + from,
        (false, true) => "to " + to,
        _ => string.Empty,
    };

    public static string WithTransport(PortEntrySpec entry) =>
        Of(entry.Port, entry.LastPort) + (entry.Transport == PortTransport.None ? string.Empty : "/" + PortTransportText.Of(entry.Transport));

    /// <summary>
    /// Parses a port, a whole number from 1 to 65535 (digits only), or a range of them, <c>1024-65535</c>;
    /// on failure, says what a port looks like.
    /// </summary>
    public static bool TryParse(string value, out int first, out int last, out string problem)
    {
        var separator = value.IndexOf(PortText.RangeSeparator);
        last = 0;
        if (separator < 0)
        {
            var single = TryParseOne(value, out first);
            last = first;
            problem = single ? string.Empty : "use a whole number from 1 to 65535, or a range such as 1024-65535";
            return single;
        }

        if (!TryParseOne(value.Substring(0, separator), out first) || !TryParseOne(value.Substring(separator + 1), out last))
        {
            problem = "a range is two whole numbers from 1 to 65535 joined by '-', such as 1024-65535";
            return false;
        }

        problem = first <= last ? string.Empty : "a range starts at its lower port, such as " + PortText.Of(last, first);
        return first <= last;
    }

    /// <summary>Parses one port: a whole number from 1 to 65535, digits only.</summary>
    public static bool TryParseOne(string value, out int port)
    {
        value = value.Trim();
        port = 0;
        if (value.Length is 0 or > 5)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            port = (port * 10) + (c - '0');
        }

        return port is >= 1 and <= 65535;
    }
}
