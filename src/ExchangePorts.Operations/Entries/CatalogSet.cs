using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ExchangePorts.Generators.Catalog;
using ExchangePorts.Generators.Common;
using ExchangePorts.Operations.Errors;
using ExchangePorts.Operations.Files;
using ExchangePorts.Operations.Sources;

namespace ExchangePorts.Operations.Entries;

/// <summary>
/// The entries of the catalogs a command line names: shipped ones (<c>--exchange 2019</c>) and the user's
/// (<c>--catalog PATH</c>), read by the generator's own parser, so a broken catalog gets the lines a build
/// prints for it.
/// </summary>
internal sealed class CatalogSet
{
    private CatalogSet(IReadOnlyList<PortEntry> entries, IReadOnlyList<string> warnings, IReadOnlyList<string> files)
    {
        Files = files;
        Entries = entries;
        Warnings = warnings;
        Roles = entries.SelectMany(e => e.FromRoles.Concat(e.ToRoles)).Distinct(StringComparer.Ordinal).ToList();
    }

    public IReadOnlyList<PortEntry> Entries { get; }

    /// <summary>The catalog files read, shipped ones first: what no output of the same command may replace.</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>Warnings a build would print for the catalogs (a renamed entry, an unknown column).</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>Every role key the entries use, in order of first use.</summary>
    public IReadOnlyList<string> Roles { get; }

    /// <summary>The role as the catalogs write it, whatever the case it was given in.</summary>
    /// <param name="parameter">Where the role was given, for the message: <c>--role</c>.</param>
    /// <exception cref="OperationsException">No entry of the catalogs uses that role; the message lists those that do.</exception>
    public string Role(string parameter, string role) => RoleKeys.Find(Roles, parameter, role);

    /// <summary>
    /// Reads the catalogs, each file once however often it is named; without <paramref name="exchange"/> or
    /// <paramref name="catalogs"/>, the current Exchange's (<see cref="ShippedCatalogs.Current"/>).
    /// </summary>
    /// <exception cref="OperationsException">A catalog is missing, unreadable or has errors.</exception>
    public static CatalogSet Load(IReadOnlyList<string> exchange, IReadOnlyList<string> catalogs, ParameterNames? names = null)
    {
        names ??= ParameterNames.CommandLine;
        var shipped = ShippedCatalogs.Instance;
        var files = new List<(string Path, bool Shipped)>();
        var versions = Versions(exchange);
        if (versions.Count == 0 && catalogs.Count == 0)
        {
            versions.Add(shipped.Current);
        }

        files.AddRange(shipped.FilesFor(versions, names).Select(p => (p, true)));
        var read = new HashSet<(ulong, ulong)>(files.Select(f => UnixFile.Identity(f.Path)).OfType<(ulong, ulong)>());
        foreach (var path in catalogs.Select(FullPath))
        {
            // A file named twice, by the same path or another (./d/a.csv, a link to it), is read once.
            var identity = UnixFile.Identity(path);
            if (!files.Any(f => string.Equals(f.Path, path, StringComparison.Ordinal)) && (identity is not { } id || read.Add(id)))
            {
                files.Add((path, false));
            }
        }

        var entries = new List<PortEntry>();
        var roles = new RoleSpellings();
        var errors = new List<string>();
        var warnings = new List<string>();
        foreach (var (path, isShipped) in files)
        {
            string text;
            try
            {
                text = InputFile.ReadText(path, names.Catalog);
            }
            catch (OperationsException unreadable)
            {
                errors.AddRange(unreadable.Lines);
                continue;
            }

            var result = CatalogParser.Parse(path, text);
            foreach (var diagnostic in result.Diagnostics)
            {
                if (diagnostic.Severity == RuleSeverity.Error)
                {
                    errors.Add(diagnostic.ToString());
                }
                else if (diagnostic.Severity == RuleSeverity.Warning && !isShipped)
                {
                    warnings.Add(diagnostic.ToString());
                }
            }

            if (result.Spec is { } spec)
            {
                // Once per catalog: a registry has thousands of entries and hundreds of merged names.
                var others = spec.OtherWrittenNames.ToLookup(o => o.Entry, o => o.Name);
                entries.AddRange(spec.Entries.Select((e, i) => new PortEntry(spec.ClassName, e, others.Contains(i) ? others[i].ToList() : [], roles)));
            }
        }

        if (errors.Count > 0)
        {
            throw new OperationsException(errors);
        }

        return new CatalogSet(entries, warnings, files.Select(f => f.Path).ToList());
    }

    // A path that is not one is kept as written, for the reader to refuse with a message.
    private static string FullPath(string path)
    {
        try
        {
            return path.Length == 0 ? path : Path.GetFullPath(path);
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return path;
        }
    }

    /// <summary>The catalogs a diagram or a script says it was made from: <c>Exchange 2019</c>, <c>Exchange 2016, my.ports.csv</c>.</summary>
    public static string Describe(IReadOnlyList<string> exchange, IReadOnlyList<string> catalogs)
    {
        var parts = Versions(exchange).Select(v => "Exchange " + v).ToList();
        parts.AddRange(catalogs.Select(Path.GetFileName).OfType<string>());
        return parts.Count == 0 ? "Exchange " + ShippedCatalogs.Instance.Current : string.Join(", ", parts.Distinct(StringComparer.Ordinal));
    }

    /// <summary>The versions named by <c>--exchange</c> values, each of which may list several (<c>2016,2019</c>).</summary>
    public static List<string> Versions(IReadOnlyList<string> exchange) =>
        exchange.SelectMany(v => v.Split(',', ';')).Select(v => v.Trim()).Where(v => v.Length > 0).ToList();
}
