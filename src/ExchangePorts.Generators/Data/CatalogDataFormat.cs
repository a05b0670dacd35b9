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
/// entry count, then per entry one number per <see cref="EntryField"/>, in its order, a string field as the
/// index of its string; last, the count of other written names, then per name the index of its entry and
/// of its string. The group is the empty string in a catalog without groups. Other written names are
/// those of rows merged into one entry (IANA's <c>z39-50</c> and <c>z39.50</c>): <c>TryGet</c> finds
/// the entry by each of them.
/// </para>
/// </remarks>
internal static class CatalogDataFormat
{
    public const int Version = 4;

    public const char Terminator = ',';

    public const char LengthSeparator = ':';
}
