using System.Collections.Generic;

namespace ExchangePorts.Generators.Catalog;

/// <summary>
/// What a catalog file holds, whatever its format: rows, and the options a JSON catalog may carry.
/// </summary>
internal sealed class CatalogDocument
{
    private IEnumerable<CatalogRow> _rows = [];
    private bool _read;

    /// <summary>
    /// The rows, read as they are enumerated (a CSV catalog's are made one at a time from the text, so a million rows
    /// are never all in memory): enumerated once only, by the builder, or by <see cref="ReadToEnd"/>.
    /// </summary>
    public IEnumerable<CatalogRow> Rows
    {
        get
        {
            if (_read)
            {
                throw new System.InvalidOperationException("A catalog's rows are read once.");
            }

            _read = true;
            return _rows;
        }

        set => _rows = value;
    }

    /// <summary>Some row has a group cell: a catalog without groups puts its constants on the class itself.</summary>
    public bool HasGroups { get; set; }

    /// <summary>Reads the rows no one built from, so that what the reader reports of them is reported.</summary>
    public void ReadToEnd()
    {
        if (!_read)
        {
            foreach (var row in Rows)
            {
                _ = row;
            }
        }
    }

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
