namespace ExchangePorts.Generators.Model;

/// <summary>One valid catalog row, ready to emit. Holds no location, so a whitespace edit leaves it equal.</summary>
/// <param name="Group">The group's identifier as written in C# (possibly <c>@</c>-escaped).</param>
/// <param name="Name">The entry's identifier as written in C# (possibly <c>@</c>-escaped).</param>
internal sealed record PortEntrySpec(
    string Group,
    string Name,
    int Port,
    PortTransport Transport,
    string From,
    string To,
    string Service,
    string Security,
    string Description,
    string Source,
    string Notes);
