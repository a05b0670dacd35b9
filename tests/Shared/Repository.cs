using System;
using System.IO;

namespace ExchangePorts.Tests.Shared;

/// <summary>Files of this repository that tests read: sources, catalogs, README.md and docs. Linked into every test project.</summary>
internal static class Repository
{
    public static readonly string Root = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

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
