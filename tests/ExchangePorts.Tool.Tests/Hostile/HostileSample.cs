using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CsCheck;
using ExchangePorts.Operations.Entries;
using ExchangePorts.Operations.Planning;
using ExchangePorts.Tool.Tests.Infrastructure;

namespace ExchangePorts.Tool.Tests.Hostile;

/// <summary>
/// A generated catalog written to a file with a hostile name, in a folder with a hostile name, and a hostile name for
/// the output file: what a property test feeds to a command.
/// </summary>
internal sealed class HostileSample : IDisposable
{
    private readonly TempFolder _folder = new();

    public HostileSample(HostileCatalog catalog, string outputName)
    {
        Catalog = catalog;
        var folder = Path.Combine(_folder.Path, Safe(catalog.FileName) + "d");
        Directory.CreateDirectory(folder);
        CatalogPath = Path.Combine(folder, Safe(catalog.FileName) + (catalog.Json ? ".ports.json" : ".ports.csv"));
        File.WriteAllText(CatalogPath, catalog.Text(), new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        OutputPath = Path.Combine(folder, Safe(outputName) + ".out");
    }

    /// <summary>A catalog and an output name, for <c>Sample</c>.</summary>
    public static readonly Gen<(HostileCatalog Catalog, string Output)> Generator = Gen.Select(HostileCatalog.Generator, HostileCatalog.FileNames);

    public HostileCatalog Catalog { get; }

    public string CatalogPath { get; }

    public string OutputPath { get; }

    /// <summary>Every role of the catalog that crosses the network.</summary>
    public IReadOnlyList<string> Roles => Loaded().Roles.Where(r => r != RoleKeys.Local).ToList();

    /// <summary>The catalog as the tool reads it.</summary>
    public CatalogSet Loaded() => CatalogSet.Load([], [CatalogPath]);

    /// <summary>Runs a command with <c>--catalog</c> this sample's file and <c>-o</c> its output, and returns what it wrote there.</summary>
    public (ToolRun Run, string Output) Run(params string[] arguments)
    {
        File.Delete(OutputPath);
        var run = ToolRunner.Run([.. arguments, "--catalog", CatalogPath, "-o", OutputPath]);
        return (run, File.Exists(OutputPath) ? File.ReadAllText(OutputPath) : string.Empty);
    }

    /// <summary>The firewall plan the tool makes for the same command line.</summary>
    public FirewallPlan Plan(string role, bool outbound, AllowList allow) =>
        FirewallPlanner.Plan(Loaded(), role, outbound, allow, allowAny: true, "exchange-ports");

    public void Dispose() => _folder.Dispose();

    // A name the file system takes: no lone surrogate (a file name is UTF-8), at most 100 bytes, never '.' or '..'.
    private static string Safe(string name)
    {
        var kept = new System.Text.StringBuilder("f");
        for (var i = 0; i < name.Length; i++)
        {
            var pair = char.IsSurrogatePair(name, i);
            var piece = pair ? name.Substring(i++, 2) : char.IsSurrogate(name[i]) ? "_" : name[i].ToString();
            if (System.Text.Encoding.UTF8.GetByteCount(kept.ToString() + piece) > 100)
            {
                break;
            }

            kept.Append(piece);
        }

        return kept.ToString();
    }
}
