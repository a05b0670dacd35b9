using System;
using System.IO;
using ExchangePorts.Generators.Common;
using ExchangePorts.Generators.Naming;

namespace ExchangePorts.Generators.Catalog;

internal enum CatalogFormat
{
    Csv,
    Json,
}

/// <summary>Which AdditionalFiles are catalogs, in which format, and the names derived from the file name.</summary>
internal static class CatalogDiscovery
{
    /// <summary>Files named <c>*.ports.csv</c> or <c>*.ports.json</c>, and any file with <c>PortCatalog="true"</c>; <c>PortCatalog="false"</c> opts out.</summary>
    public static bool IsCatalog(string path, IOptionValues itemOptions)
    {
        var flag = AnalyzerConfigKeys.Metadata(itemOptions, OptionNames.Metadata.PortCatalog);
        if (flag.Length > 0)
        {
            return string.Equals(flag, "true", StringComparison.OrdinalIgnoreCase);
        }

        return path.EndsWith(".ports.csv", StringComparison.OrdinalIgnoreCase) ||
            path.EndsWith(".ports.json", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A <c>.json</c> file is JSON; anything else is read as CSV.</summary>
    public static CatalogFormat FormatOf(string path) =>
        path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? CatalogFormat.Json : CatalogFormat.Csv;

    /// <summary>
    /// The catalog's name without its format, <c>exchange.ports</c> for both <c>exchange.ports.csv</c> and
    /// <c>exchange.ports.json</c>, so the same catalog in either format generates the same code.
    /// </summary>
    public static string CatalogName(string path) => Path.GetFileNameWithoutExtension(path);

    /// <summary><c>exchange.ports.csv</c> → <c>ExchangePorts</c>; <c>acme-web.ports.json</c> → <c>AcmeWebPorts</c>.</summary>
    public static string DefaultClassName(string fileName)
    {
        var end = fileName.IndexOf(".ports.", StringComparison.OrdinalIgnoreCase);
        var stem = end >= 0 ? fileName.Substring(0, end) : Path.GetFileNameWithoutExtension(fileName);
        return IdentifierNaming.ToPascalCase(stem) + "Ports";
    }
}
