namespace ExchangePorts.Generators.Catalog;

/// <summary>How one catalog is turned into code: resolved from item metadata and the file name.</summary>
internal sealed record CatalogOptions(string ClassName, string Namespace, bool IsPublic);
