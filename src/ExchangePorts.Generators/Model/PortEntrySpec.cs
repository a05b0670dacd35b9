namespace ExchangePorts.Generators.Model;

/// <summary>
/// One valid catalog row, ready to emit. Holds no location, so a whitespace edit leaves it equal. Its fields are
/// <c>Data.EntryField</c>, in that order.
/// </summary>
/// <param name="Group">The group's C# identifier; empty in a catalog without groups.</param>
/// <param name="Name">The entry's C# identifier.</param>
/// <param name="WrittenName">The entry's name as the catalog writes it (<c>ms-sql-s</c>), trimmed.</param>
/// <param name="Port">The port, or the first port of a range.</param>
/// <param name="LastPort">The last port of a range; <paramref name="Port"/> again for a single port.</param>
/// <param name="FromRoles">The role keys of the source, joined by <c>/</c> (<c>Mailbox/Edge</c>), or empty.</param>
/// <param name="ToRoles">The role keys of the destination, joined by <c>/</c>, or empty.</param>
internal sealed record PortEntrySpec(
    string Group,
    string Name,
    string WrittenName,
    int Port,
    int LastPort,
    PortTransport Transport,
    string From,
    string To,
    string Service,
    string Security,
    string Description,
    string Source,
    string Notes,
    string FromRoles,
    string ToRoles)
{
    public bool IsRange => LastPort != Port;
}
