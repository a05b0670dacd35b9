using ExchangePorts.Generators.Common;

namespace ExchangePorts.Generators.Model;

/// <summary>Everything the emitter needs to write one catalog class, and nothing else.</summary>
/// <param name="FilePath">Where the catalog is, for diagnostics only: emitted code never depends on it.</param>
/// <param name="CatalogName">The file name without folders or format (<c>exchange.ports</c>): output depends on neither.</param>
/// <param name="Namespace">The namespace of the class, or empty for the global namespace.</param>
/// <param name="IsAnalyzed">False when the hardcoded-port analyzer is to ignore the catalog.</param>
/// <param name="Documentation">How much the doc comments say: everything, or one line per member.</param>
/// <param name="Description">What the catalog says it is (JSON <c>description</c>), or empty.</param>
/// <param name="OtherWrittenNames">The names of rows merged into an entry besides its own written name.</param>
internal sealed record CatalogSpec(
    string FilePath,
    string CatalogName,
    string Namespace,
    string ClassName,
    bool IsPublic,
    bool IsAnalyzed,
    CatalogDocumentation Documentation,
    string Description,
    EquatableArray<PortEntrySpec> Entries,
    EquatableArray<GroupSpec> Groups,
    EquatableArray<OtherWrittenName> OtherWrittenNames)
{
    /// <summary>The class's name as seen from the global namespace, e.g. <c>Contoso.Network.ExchangePorts</c>.</summary>
    public string FullName => Namespace.Length == 0 ? ClassName : Namespace + "." + ClassName;
}
