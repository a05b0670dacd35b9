using ExchangePorts.Generators.Model;

namespace ExchangePorts.Generators.Catalog;

/// <summary>How one catalog is turned into code: resolved from item metadata and the file name.</summary>
/// <param name="IsAnalyzed">False when the item says <c>PortAnalyzer="false"</c>: the hardcoded-port analyzer ignores the catalog.</param>
/// <param name="IsLenient">True when the item says <c>Lenient="true"</c>: a bad row is a warning and is skipped (a third-party file).</param>
internal sealed record CatalogOptions(string ClassName, string Namespace, bool IsPublic, bool IsAnalyzed, bool IsLenient, CatalogDocumentation Documentation);
