using System.IO;
using System.Management.Automation;
using ExchangePorts.Operations.Sources;

namespace PSExchangePorts;

/// <summary>
/// Runs when the module is imported: the shipped catalogs are in the module's folder, not beside the program that
/// hosts it (<c>powershell.exe</c>, <c>pwsh</c>).
/// </summary>
public sealed class ModuleInitializer : IModuleAssemblyInitializer
{
    public void OnImport() =>
        ShippedCatalogs.CatalogFolder = Path.Combine(Path.GetDirectoryName(typeof(ModuleInitializer).Assembly.Location)!, "catalog");
}
