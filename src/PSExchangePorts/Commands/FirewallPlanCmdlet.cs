using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using ExchangePorts.Operations.Entries;
using ExchangePorts.Operations.Errors;
using ExchangePorts.Operations.Planning;

namespace PSExchangePorts.Commands;

/// <summary>
/// A cmdlet that plans a server's Windows Firewall rules as <c>exchange-ports firewall</c> does: the same planner, so
/// the same rules, the same escaping, and the same paths between internal Exchange servers and domain controllers left
/// open to any address.
/// </summary>
public abstract class FirewallPlanCmdlet : ExchangePortsCmdlet
{
    /// <summary>The role of the server the rules are for: Edge, Mailbox, ...</summary>
    [Parameter(Mandatory = true, Position = 0)]
    public string Role { get; set; } = string.Empty;

    /// <summary>The addresses of each peer role: @{ Internet = 'Any'; Mailbox = '10.1.0.0/24', '10.1.1.5' }.</summary>
    [Parameter]
    public Hashtable? Allow { get; set; }

    /// <summary>Allow any address for every peer role -Allow gives no addresses for.</summary>
    [Parameter]
    public SwitchParameter AllowAny { get; set; }

    /// <summary>Rules for the traffic the role sends, instead of what it receives.</summary>
    [Parameter]
    public SwitchParameter Outbound { get; set; }

    /// <summary>The shipped catalogs: 2007, 2010, 2013, 2016, 2019, SE (several allowed); 2019 when no catalog is named.</summary>
    [Parameter]
    [ArgumentCompleter(typeof(VersionCompleter))]
    public string[]? Version { get; set; }

    /// <summary>The catalog files the rules are planned from, as given.</summary>
    private protected abstract IEnumerable<string>? CatalogPaths { get; }

    /// <summary>The parameter that gives them, for messages.</summary>
    private protected virtual string CatalogParameter => ParameterNames.PowerShell.Catalog;

    /// <summary>The plan and the catalogs it was made from; <paramref name="commandLine"/> is what a written script says made it.</summary>
    private protected (FirewallPlan Plan, CatalogSet Catalogs) Plan(string commandLine)
    {
        var set = CatalogParameters.Load(this, CatalogParameters.Versions(Version), CatalogParameters.Paths(this, CatalogPaths, CatalogParameter));
        var allow = AllowList.Parse(AllowValues(), ParameterNames.PowerShell);
        var plan = FirewallPlanner.Plan(set, Role, Outbound, allow, AllowAny, commandLine, ParameterNames.PowerShell);
        foreach (var note in plan.Notes)
        {
            WriteVerbose(DisplayText.Visible(note));
        }

        // Addresses given for a peer that the internal-traffic rule overrides would otherwise be dropped unsaid.
        foreach (var peer in plan.Rules.Where(r => r.Unrestricted).SelectMany(r => r.PeerRoles).Distinct().Where(p => allow.TryGet(p, out _)))
        {
            WriteWarning(DisplayText.Visible(
                "-Allow " + peer + ": the paths between internal Exchange servers and domain controllers allow any address (Microsoft does not support restricting them); the addresses given apply to the other paths from " + peer + "."));
        }

        return (plan, set);
    }

    // @{ Mailbox = '10.1.0.0/24', '10.1.1.5' } is Mailbox=10.1.0.0/24,10.1.1.5 to the planner.
    private IEnumerable<string> AllowValues()
    {
        foreach (DictionaryEntry pair in Allow ?? new Hashtable())
        {
            var role = LanguagePrimitives.ConvertTo<string>(pair.Key) ?? string.Empty;
            var addresses = pair.Value is null ? [] : LanguagePrimitives.ConvertTo<string[]>(pair.Value) ?? [];
            if (addresses.Length == 0 || addresses.Any(a => string.IsNullOrWhiteSpace(a) || a.IndexOf(',') >= 0 && a.Split(',').Any(string.IsNullOrWhiteSpace)))
            {
                throw new OperationsException(ParameterNames.PowerShell.Allow + " " + role + ": give addresses, such as '10.1.0.0/24', '10.1.1.5' or 'Any'.");
            }

            yield return role + "=" + string.Join(",", addresses);
        }
    }
}
