using System;
using System.IO;
using ExchangePorts.Operations.Entries;

namespace ExchangePorts.Operations.Tests.Infrastructure;

/// <summary>Catalogs to plan with: the shipped ones, or a CSV catalog written for one test.</summary>
internal static class Catalogs
{
    public static CatalogSet Shipped(string version) => CatalogSet.Load([version], []);

    /// <summary>Loads a CSV catalog of the given rows (after the header), from a temporary file.</summary>
    public static CatalogSet Csv(params string[] rows)
    {
        var folder = Directory.CreateTempSubdirectory("exchangeports-operations-tests").FullName;
        try
        {
            var path = Path.Combine(folder, "test.ports.csv");
            File.WriteAllText(path, "group,name,port,transport,from,to,fromRoles,toRoles,service,security,description,source,notes\n" + string.Join("\n", rows) + "\n");
            return CatalogSet.Load([], [path]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
