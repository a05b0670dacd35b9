using System;

namespace ExchangePorts.Generators.Catalog;

/// <summary>The columns a catalog may have; the first four are required.</summary>
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
}

internal static class CatalogColumns
{
    public const int Count = (int)CatalogColumn.Notes + 1;

    /// <summary>The end of an unknown-column message: what the known ones are.</summary>
    public const string KnownColumnsHint =
        "the columns are group, name, port, transport, from, to, service, security, description, source and notes";

    public static readonly CatalogColumn[] Required =
        [CatalogColumn.Group, CatalogColumn.Name, CatalogColumn.Port, CatalogColumn.Transport];

    /// <summary>The column's name as written in a catalog header (lower case).</summary>
    public static string HeaderName(CatalogColumn column) => column switch
    {
        CatalogColumn.Group => "group",
        CatalogColumn.Name => "name",
        CatalogColumn.Port => "port",
        CatalogColumn.Transport => "transport",
        CatalogColumn.From => "from",
        CatalogColumn.To => "to",
        CatalogColumn.Service => "service",
        CatalogColumn.Security => "security",
        CatalogColumn.Description => "description",
        CatalogColumn.Source => "source",
        CatalogColumn.Notes => "notes",
        _ => throw new ArgumentOutOfRangeException(nameof(column)),
    };

    /// <summary>Column names are matched ignoring case.</summary>
    public static bool TryParse(string headerName, out CatalogColumn column)
    {
        for (var i = 0; i < Count; i++)
        {
            if (string.Equals(headerName, HeaderName((CatalogColumn)i), StringComparison.OrdinalIgnoreCase))
            {
                column = (CatalogColumn)i;
                return true;
            }
        }

        column = default;
        return false;
    }
}
