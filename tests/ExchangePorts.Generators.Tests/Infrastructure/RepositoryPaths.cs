using System;
using System.IO;

namespace ExchangePorts.Generators.Tests.Infrastructure;

/// <summary>Files of this repository that tests read, such as the shipped Exchange catalog.</summary>
internal static class RepositoryPaths
{
    public static readonly string Root = FindRoot();

    public static string ExchangeCatalog => Path.Combine(Root, "catalog", "exchange.ports.csv");

    public static CatalogFile ExchangeCatalogFile(System.Collections.Generic.IReadOnlyDictionary<string, string>? metadata = null) =>
        new(ExchangeCatalog, File.ReadAllText(ExchangeCatalog), metadata);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ExchangePorts.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (with ExchangePorts.sln) is not above " + AppContext.BaseDirectory);
    }
}
