using ExchangePorts.Generators.Model;

namespace ExchangePorts.Generators.Analyzers;

/// <summary>A catalog constant in a few plain words, for the analyzer's messages: <c>Hub Transport server → Edge Transport server, SMTP</c>.</summary>
internal static class PortDescription
{
    public static string Of(PortEntrySpec entry)
    {
        var route = (entry.From.Length > 0, entry.To.Length > 0) switch
        {
            (true, true) => entry.From + " → " + entry.To,
            (true, false) => "from " + entry.From,
            (false, true) => "to " + entry.To,
            _ => string.Empty,
        };

        return (route.Length > 0, entry.Service.Length > 0) switch
        {
            (true, true) => route + ", " + entry.Service,
            (true, false) => route,
            (false, true) => entry.Service,
            _ => entry.Group + " " + PortText.WithTransport(entry),
        };
    }
}
