namespace ExchangePorts.Generators.Data;

/// <summary>
/// The compact text a generated catalog carries its entries in, in its assembly attribute
/// (<c>PortCatalogClassAttribute.Data</c>), decoded on first use at run time (<c>PortCatalog.PortCatalogData</c>)
/// and by the analyzer (<see cref="CatalogDataReader"/>).
/// </summary>
/// <remarks>
/// <para>
/// Why text: the generated code once cost about 60 times plain constants to compile, most of it a
/// <c>switch</c> over every port for <c>Find</c> (6.3 of 6.8 GB allocated at 10,000 rows), the rest one
/// <c>new PortDefinition(…)</c> per entry and one array per port. One string literal costs the compiler next
/// to nothing, while even 110,000 <c>int</c> array elements cost 175 ms (docs/benchmarks.md).
/// </para>
/// <para>
/// Tokens end in a comma. A number is its decimal digits (<c>25,</c>); a string is a netstring, its
/// length, a colon and its characters (<c>4:Smtp,</c>), so it may hold any character. The text is:
/// the format version; the string count, then the strings (the group names first, in group order); the
/// entry count, then per entry <see cref="FieldsPerEntry"/> numbers: group, name, written name, port,
/// last port, transport, from, to, service, security, description, source, notes, where every field but
/// the ports and transport is the index of a string. The last port equals the port, but for a range; the
/// group is the empty string in a catalog without groups.
/// </para>
/// </remarks>
internal static class CatalogDataFormat
{
    public const int Version = 2;

    public const int FieldsPerEntry = 13;

    public const char Terminator = ',';

    public const char LengthSeparator = ':';
}
