using ExchangePorts.Generators.Common;

namespace ExchangePorts.Generators.Catalog;

/// <summary>One cell of a catalog row and where it was written, for diagnostics at the very cell.</summary>
internal readonly record struct CatalogCell(string Value, SourceSpan Span);

/// <summary>
/// A row as any catalog format reads it, before validation: one optional cell per <see cref="CatalogColumn"/>.
/// </summary>
internal sealed class CatalogRow(SourceSpan span)
{
    private readonly CatalogCell?[] _cells = new CatalogCell?[CatalogColumns.Count];

    /// <summary>Where the row starts; row-level diagnostics point here.</summary>
    public SourceSpan Span { get; } = span;

    /// <summary>The reader already reported a problem with this row; it must not generate.</summary>
    public bool HasErrors { get; set; }

    public CatalogCell? this[CatalogColumn column]
    {
        get => _cells[(int)column];
        set => _cells[(int)column] = value;
    }

    /// <summary>The cell's value, or empty when the column is absent.</summary>
    public string ValueOf(CatalogColumn column) => _cells[(int)column]?.Value ?? string.Empty;
}
