using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using ExchangePorts.Operations.Entries;
using ExchangePorts.Operations.Errors;
using ExchangePorts.Operations.Sources;

namespace PSExchangePorts.Commands;

/// <summary>
/// What every cmdlet reads its catalogs from: <c>-Version</c> (a shipped catalog's name, or an Exchange build as
/// <c>Get-ExchangeServer</c> writes it) and <c>-Path</c> (catalog files, resolved as PowerShell resolves paths).
/// </summary>
internal static class CatalogParameters
{
    /// <summary>The shipped catalogs' names for <paramref name="versions"/>: <c>2019</c>, <c>SE</c>, or a build such as <c>Version 15.1 (Build 2507.6)</c>.</summary>
    /// <exception cref="OperationsException">A value is neither.</exception>
    public static List<string> Versions(IEnumerable<string>? versions)
    {
        var shipped = ShippedCatalogs.Instance;
        var names = new List<string>();
        foreach (var value in (versions ?? []).SelectMany(v => (v ?? string.Empty).Split(',', ';')).Select(v => v.Trim()).Where(v => v.Length > 0))
        {
            var name = shipped.Catalogs.Select(c => c.Version).FirstOrDefault(v => string.Equals(v, value, StringComparison.OrdinalIgnoreCase))
                ?? ExchangeBuild.Catalog(value)
                ?? throw new OperationsException(ParameterNames.PowerShell.Exchange + ": '" + value + "' is not a shipped catalog or an Exchange build; use " + shipped.VersionList + ", or a build such as 'Version 15.2 (Build 1544.4)'.");
            if (!names.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                names.Add(name);
            }
        }

        return names;
    }

    /// <summary>Each <c>-Path</c> as a file system path: relative to the current location, <c>~</c> and wildcards expanded.</summary>
    /// <exception cref="CmdletFailure">A path names no file (<see cref="ErrorCategory.ObjectNotFound"/>) or is not on the file system.</exception>
    /// <param name="parameter">The parameter that gave them, for messages: <c>-Path</c>.</param>
    public static List<string> Paths(PSCmdlet cmdlet, IEnumerable<string>? paths, string? parameter = null)
    {
        var name = parameter ?? ParameterNames.PowerShell.Catalog;
        var resolved = new List<string>();
        foreach (var path in paths ?? [])
        {
            ProviderInfo provider;
            IReadOnlyCollection<string> found;
            try
            {
                found = cmdlet.GetResolvedProviderPathFromPSPath(path, out provider);
            }
            catch (Exception exception) when (exception is ItemNotFoundException or DriveNotFoundException or ProviderNotFoundException or ArgumentException or NotSupportedException or PSInvalidOperationException)
            {
                throw new CmdletFailure(ErrorRecords.NotFound(name + ": '" + path + "' names no catalog file: " + exception.Message, "CatalogNotFound", path));
            }

            if (provider.Name != "FileSystem" || found.Count == 0)
            {
                throw new CmdletFailure(ErrorRecords.NotFound(name + ": '" + path + "' names no catalog file" + (found.Count == 0 ? "." : ": it is not on the file system."), "CatalogNotFound", path));
            }

            resolved.AddRange(found);
        }

        return resolved;
    }


    /// <summary>The catalogs' entries; warnings a build would print go to the warning stream.</summary>
    /// <exception cref="OperationsException">A version is unknown, or a catalog is unreadable or has errors.</exception>
    public static CatalogSet Load(PSCmdlet cmdlet, IReadOnlyList<string> versions, IReadOnlyList<string> paths)
    {
        var set = CatalogSet.Load(versions, paths, ParameterNames.PowerShell);
        foreach (var warning in set.Warnings)
        {
            cmdlet.WriteWarning(DisplayText.Visible(warning));
        }

        return set;
    }
}
