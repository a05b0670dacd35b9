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
}
