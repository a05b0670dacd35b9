using System.IO;

namespace ExchangePorts.Generators.Tests.Infrastructure;

/// <summary>Files of this repository that tests read, such as the shipped Exchange catalog.</summary>
internal static class RepositoryPaths
{
    public static string Root => ExchangePorts.Tests.Shared.Repository.Root;

    public static string ExchangeCatalog => Path.Combine(Root, "catalog", "exchange.ports.csv");

    public static CatalogFile ExchangeCatalogFile(System.Collections.Generic.IReadOnlyDictionary<string, string>? metadata = null) =>
        new(ExchangeCatalog, File.ReadAllText(ExchangeCatalog), metadata);

    /// <summary>The excerpt of IANA's port registry, unchanged (<c>Registry/README.md</c>), as a catalog named <c>iana.ports.csv</c>.</summary>
    public static CatalogFile IanaRegistryFile(System.Collections.Generic.IReadOnlyDictionary<string, string>? metadata = null)
    {
        var path = Path.Combine(Root, "tests", "ExchangePorts.Generators.Tests", "Registry", "iana.ports.csv");
        return new(path, File.ReadAllText(path), metadata);
    }

    /// <summary>The catalog of one Exchange version the package ships: <c>catalog/exchange2019.ports.json</c>.</summary>
    public static CatalogFile ShippedCatalogFile(int version)
    {
        var path = Path.Combine(Root, "catalog", "exchange" + version.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".ports.json");
        return new(path, File.ReadAllText(path));
    }
}
