using System;
using ExchangePorts.Generators.Text;

namespace ExchangePorts.Generators.Catalog;

/// <summary>The columns a catalog may have; name, port and transport are required, and group when the catalog has groups.</summary>
internal enum CatalogColumn
{
    Group,
    Name,
    Port,
    Transport,
    From,
    To,
    Service,
    Security,
    Description,
    Source,
    Notes,
    FromRoles,
    ToRoles,
}

internal static class CatalogColumns
{
    public const int Count = (int)CatalogColumn.ToRoles + 1;

    /// <summary>Each column's name as written in a catalog header: the enum's names, camelCase (matched ignoring case).</summary>
    private static readonly string[] HeaderNames = CreateHeaderNames();

    private static readonly System.Collections.Generic.Dictionary<string, CatalogColumn> ColumnsByName = CreateColumnsByName();

    /// <summary>The column names in order, as a message lists them: <c>group, name, ... and notes</c>.</summary>
    public static readonly string NameList = string.Join(", ", HeaderNames, 0, Count - 1) + " and " + HeaderNames[Count - 1];

    /// <summary>The end of an unknown-column message: what the known ones are.</summary>
    public static readonly string KnownColumnsHint = "the columns are " + NameList;

    /// <summary>A catalog without a group column is flat: its constants are on the class itself.</summary>
    public static readonly CatalogColumn[] Required =
        [CatalogColumn.Name, CatalogColumn.Port, CatalogColumn.Transport];

    /// <summary>
    /// The header of IANA's Service Name and Transport Protocol Port Number Registry
    /// (<c>service-names-port-numbers.csv</c>), read as it is: each of its columns and the catalog column it
    /// fills, or null for the registry's administrative columns, which a catalog has no use for.
    /// </summary>
    public static readonly (string Header, CatalogColumn? Column)[] RegistryColumns =
    [
        (IanaRegistryHeader.ServiceName, CatalogColumn.Name),
        (IanaRegistryHeader.PortNumber, CatalogColumn.Port),
        (IanaRegistryHeader.TransportProtocol, CatalogColumn.Transport),
        (IanaRegistryHeader.Description, CatalogColumn.Description),
        (IanaRegistryHeader.Assignee, null),
        (IanaRegistryHeader.Contact, null),
        (IanaRegistryHeader.RegistrationDate, null),
        (IanaRegistryHeader.ModificationDate, null),
        (IanaRegistryHeader.Reference, CatalogColumn.Source),
        (IanaRegistryHeader.ServiceCode, null),
        (IanaRegistryHeader.UnauthorizedUseReported, null),
        (IanaRegistryHeader.AssignmentNotes, CatalogColumn.Notes),
    ];

    /// <summary>A header is the registry's when it starts with the registry's service name and port number columns.</summary>
    public static bool IsRegistryHeader(System.Collections.Generic.IReadOnlyList<string> header) =>
        header.Count >= 2 &&
        string.Equals(header[0].Trim(), RegistryColumns[0].Header, StringComparison.OrdinalIgnoreCase) &&
        string.Equals(header[1].Trim(), RegistryColumns[1].Header, StringComparison.OrdinalIgnoreCase);

    /// <summary>A registry header's column, ignoring case; false for a name the registry does not use.</summary>
    public static bool TryParseRegistry(string headerName, out CatalogColumn? column)
    {
        foreach (var (header, mapped) in RegistryColumns)
        {
            if (string.Equals(headerName, header, StringComparison.OrdinalIgnoreCase))
            {
                column = mapped;
                return true;
            }
        }

        column = null;
        return false;
    }

    /// <summary>The column's name as written in a catalog header (lower case).</summary>
    public static string HeaderName(CatalogColumn column) => HeaderNames[(int)column];

    /// <summary>Column names are matched ignoring case.</summary>
    /// <remarks>A JSON catalog asks once per property of every entry: one hash lookup, not a comparison per column.</remarks>
    public static bool TryParse(string headerName, out CatalogColumn column) => ColumnsByName.TryGetValue(headerName, out column);

    private static string[] CreateHeaderNames()
    {
        var names = new string[Count];
        for (var i = 0; i < Count; i++)
        {
            var name = ((CatalogColumn)i).ToString();
            names[i] = char.ToLowerInvariant(name[0]) + name.Substring(1);
        }

        return names;
    }

    private static System.Collections.Generic.Dictionary<string, CatalogColumn> CreateColumnsByName()
    {
        var columns = new System.Collections.Generic.Dictionary<string, CatalogColumn>(Count, StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < Count; i++)
        {
            columns.Add(HeaderNames[i], (CatalogColumn)i);
        }

        return columns;
    }
}
