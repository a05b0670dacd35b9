using ExchangePorts.Generators.Model;

namespace ExchangePorts.Generators.Analyzers;

/// <summary>A catalog constant in a few plain words, for the analyzer's messages: <c>Hub Transport server → Edge Transport server, SMTP</c>.</summary>
internal static class PortDescription
{
    public static string Of(PortEntrySpec entry)
    {
        var route = PortText.Route(entry.From, entry.To);

        return (route.Length > 0, entry.Service.Length > 0) switch
        {
            (true, true) => route + ", " + entry.Service,
            (true, false) => route,
            (false, true) => entry.Service,
            _ => entry.Group + " " + PortText.WithTransport(entry),
        };
    }
}
