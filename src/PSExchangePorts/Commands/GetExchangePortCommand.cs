using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using ExchangePorts.Operations.Entries;
using ExchangePorts.Operations.Errors;

namespace PSExchangePorts.Commands;

/// <summary>
/// <c>Get-ExchangePort</c>: the entries of the catalogs, filtered as <c>exchange-ports list</c> filters them. A
/// <c>-Name</c> or <c>-Port</c> no entry has is an <see cref="ErrorCategory.ObjectNotFound"/> error, as
/// <c>exchange-ports find</c> reports it; a <c>-Name</c> with wildcards matching nothing is not.
/// </summary>
[Cmdlet(VerbsCommon.Get, "ExchangePort")]
[OutputType(typeof(ExchangePortEntry))]
public sealed class GetExchangePortCommand : ExchangePortsCmdlet
{
    /// <summary>The shipped catalogs: 2007, 2010, 2013, 2016, 2019, SE (several allowed); 2019 when neither this nor -Path is given.</summary>
    [Parameter]
    [ArgumentCompleter(typeof(VersionCompleter))]
    public string[]? Version { get; set; }

    /// <summary>Catalog files (CSV or JSON) to read, besides or instead of the shipped ones.</summary>
    [Parameter]
    [Alias("CatalogPath")]
    public string[]? Path { get; set; }

    /// <summary>Only entries on this port, ranges that contain it included.</summary>
    [Parameter]
    [ValidateRange(1, 65535)]
    public int? Port { get; set; }

    /// <summary>Only entries of this name (EdgeSync.SecureLdap, SecureLdap, ms-sql-s); wildcards allowed.</summary>
    [Parameter(Position = 0)]
    [SupportsWildcards]
    public string? Name { get; set; }

    /// <summary>Only entries from this role.</summary>
    [Parameter]
    public string? From { get; set; }

    /// <summary>Only entries to this role.</summary>
    [Parameter]
    public string? To { get; set; }

    /// <summary>Only entries of this group (MailboxToEdge, EdgeSync).</summary>
    [Parameter]
    public string? Group { get; set; }

    private protected override void End()
    {
        var set = CatalogParameters.Load(this, CatalogParameters.Versions(Version), CatalogParameters.Paths(this, Path));
        IEnumerable<PortEntry> entries = set.Entries;
        if (Port is { } port)
        {
            entries = entries.Where(e => e.Contains(port));
        }

        var wildcard = Name is not null && WildcardPattern.ContainsWildcardCharacters(Name);
        if (Name is not null)
        {
            var pattern = new WildcardPattern(Name.Trim(), WildcardOptions.IgnoreCase | WildcardOptions.CultureInvariant);
            try
            {
                entries = (wildcard ? EntryQuery.Named(entries, pattern.IsMatch) : EntryQuery.Named(entries, Name.Trim())).ToList();
            }
            catch (WildcardPatternException exception)
            {
                throw new CmdletFailure(ErrorRecords.InvalidArgument("-Name: '" + Name + "' is not a wildcard pattern: " + exception.Message, "InvalidWildcard", Name));
            }
        }

        var found = EntryQuery.Filter(
            entries,
            From is null ? null : set.Role(ParameterNames.PowerShell.From, From),
            To is null ? null : set.Role(ParameterNames.PowerShell.To, To),
            Group);
        foreach (var entry in found)
        {
            WriteObject(new ExchangePortEntry(entry));
        }

        if (found.Count == 0 && (Port is not null || (Name is not null && !wildcard)))
        {
            var what = (Port is null ? string.Empty : "on port " + Port) + (Port is not null && Name is not null ? " and " : string.Empty) + (Name is null ? string.Empty : "named '" + Name + "'");
            WriteError(ErrorRecords.NotFound("No entry of these catalogs is " + what + ((From ?? To ?? Group) is null ? string.Empty : " with the filters given") + ".", "EntryNotFound", (object?)Name ?? Port));
        }
    }
}
