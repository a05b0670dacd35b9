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
}
