using System.Collections.Generic;

namespace ExchangePorts.Generators.Catalog;

/// <summary>
/// What a catalog file holds, whatever its format: rows, and the options a JSON catalog may carry.
/// </summary>
internal sealed class CatalogDocument
{
    public List<CatalogRow> Rows { get; } = [];

    public CatalogCell? ClassName { get; set; }

    public CatalogCell? Namespace { get; set; }

    public CatalogCell? Visibility { get; set; }

    public CatalogCell? Documentation { get; set; }

    /// <summary>
    /// The file is IANA's registry (its own header): rows without a service name or a port number are its
    /// reserved and unassigned ranges, skipped; an empty transport is "not stated".
    /// </summary>
    public bool IsRegistry { get; set; }

    /// <summary>What the catalog is, in a sentence or two (JSON <c>description</c>); the class summary shows it.</summary>
    public string Description { get; set; } = string.Empty;
}
