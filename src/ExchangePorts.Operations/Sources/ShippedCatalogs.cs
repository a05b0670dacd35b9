using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ExchangePorts.Operations.Errors;

namespace ExchangePorts.Operations.Sources;

/// <summary>
/// The Exchange catalogs the tool carries, as the NuGet package's props file lists them (its
/// <c>ExchangePortsShippedCatalog</c> items, the one list of them): a build and the tool choose the same
/// files for the same <c>2019</c>, and default to the same versions.
/// </summary>
internal sealed class ShippedCatalogs
{
    private ShippedCatalogs(string folder, IReadOnlyList<(string Version, string File)> catalogs, IReadOnlyList<string> buildDefaults, string current)
    {
        Folder = folder;
        Catalogs = catalogs;
        BuildDefaults = buildDefaults;
        Current = current;
    }

    public string Folder { get; }

    /// <summary>Each value <c>--exchange</c> takes and the file it selects, in the props file's order.</summary>
    public IReadOnlyList<(string Version, string File)> Catalogs { get; }

    /// <summary>What a project gets when it does not choose (<c>ExchangePortsCatalogs</c>'s default).</summary>
    public IReadOnlyList<string> BuildDefaults { get; }

    /// <summary>
    /// The version of the Exchange that Microsoft ships today (the item marked <c>Current</c>): what a command reads
    /// when no version is named, so a server's rules never mix in another version's.
    /// </summary>
    public string Current { get; }

    /// <summary>The values <c>--exchange</c> takes, for help and messages: <c>2007, 2010, 2013, 2016, 2019, SE</c>.</summary>
    public string VersionList => string.Join(", ", Catalogs.Select(c => c.Version));

    private static ShippedCatalogs? loaded;

    /// <summary>The catalogs shipped in <see cref="CatalogFolder"/>, read once.</summary>
    public static ShippedCatalogs Instance => loaded ??= Load();

    /// <summary>
    /// Where the shipped catalogs are: the <c>catalog</c> folder beside the program. A front end that runs inside
    /// another program (a PowerShell module in <c>powershell.exe</c>) sets its own folder before the first use.
    /// </summary>
    public static string CatalogFolder { get; set; } = Path.Combine(AppContext.BaseDirectory, "catalog");

    private static ShippedCatalogs Load()
    {
        var folder = CatalogFolder;
        var props = File.ReadAllText(Path.Combine(folder, "ExchangePorts.props"));
        var catalogs = new List<(string Version, string File)>();
        string? current = null;
        foreach (var item in Elements(props, "ExchangePortsShippedCatalog"))
        {
            catalogs.Add((Attribute(item, "Include")!, Attribute(item, "File")!));
            if (Attribute(item, "Current") == "true")
            {
                current = catalogs[catalogs.Count - 1].Version;
            }
        }

        var defaults = Elements(props, "ExchangePortsCatalogs").Select(Content).First()
            .Split(';').Select(v => v.Trim()).Where(v => v.Length > 0).ToArray();
        return new ShippedCatalogs(folder, catalogs, defaults, current ?? catalogs[catalogs.Count - 1].Version);
    }

    // The props file is the package's own, with one element to a line: read as text, which costs a command
    // far less start-up than loading an XML parser.
    private static IEnumerable<string> Elements(string text, string name)
    {
        for (var start = text.IndexOf("<" + name + " ", StringComparison.Ordinal); start >= 0; start = text.IndexOf("<" + name + " ", start + 1, StringComparison.Ordinal))
        {
            var end = text.IndexOf("</" + name + ">", start, StringComparison.Ordinal);
            var close = text.IndexOf('>', start);
            yield return text.Substring(start, (end >= 0 && text[close - 1] != '/' ? end : close) - start);
        }
    }

    private static string? Attribute(string element, string name)
    {
        var at = element.IndexOf(" " + name + "=\"", StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var start = at + name.Length + 3;
        return element.Substring(start, element.IndexOf('"', start) - start);
    }

    private static string Content(string element) => element.Substring(element.IndexOf('>') + 1);

    /// <summary>The files for the versions asked for, each once (<c>2019</c> and <c>SE</c> are one file).</summary>
    public IReadOnlyList<string> FilesFor(IEnumerable<string> versions, ParameterNames? names = null)
    {
        var files = new List<string>();
        foreach (var version in versions)
        {
            var match = Catalogs.Where(c => string.Equals(c.Version, version.Trim(), StringComparison.OrdinalIgnoreCase)).ToList();
            if (match.Count == 0)
            {
                throw new OperationsException((names ?? ParameterNames.CommandLine).Exchange + ": '" + version + "' is not a shipped catalog; use " + VersionList + ".");
            }

            var path = Path.Combine(Folder, match[0].File);
            if (!files.Contains(path))
            {
                files.Add(path);
            }
        }

        return files;
    }
}
