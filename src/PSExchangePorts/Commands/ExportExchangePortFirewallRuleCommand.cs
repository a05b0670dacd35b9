using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using ExchangePorts.Operations.Files;
using ExchangePorts.Operations.Writers;

namespace PSExchangePorts.Commands;

/// <summary>
/// <c>Export-ExchangePortFirewallRule</c>: a server's firewall rules as <c>exchange-ports firewall</c> writes them, a
/// PowerShell script, a netsh batch file or an nftables table, to the pipeline or to a file.
/// </summary>
[Cmdlet(VerbsData.Export, "ExchangePortFirewallRule", SupportsShouldProcess = true)]
[OutputType(typeof(string))]
public sealed class ExportExchangePortFirewallRuleCommand : FirewallPlanCmdlet
{
    /// <summary>The firewall's language: PowerShell (New-NetFirewallRule), Netsh (a batch file) or Nftables (nft -f).</summary>
    [Parameter]
    [ValidateSet("PowerShell", "Netsh", "Nftables", IgnoreCase = true)]
    public string Format { get; set; } = "PowerShell";

    /// <summary>The file to write; the text goes to the pipeline without it.</summary>
    [Parameter]
    [Alias("OutFile")]
    public string? Path { get; set; }

    /// <summary>Do not overwrite an existing file.</summary>
    [Parameter]
    public SwitchParameter NoClobber { get; set; }

    /// <summary>Catalog files (CSV or JSON) to read, besides or instead of the shipped ones.</summary>
    [Parameter]
    public string[]? CatalogPath { get; set; }

    private protected override IEnumerable<string>? CatalogPaths => CatalogPath;

    private protected override string CatalogParameter => "-CatalogPath";

    private protected override void End()
    {
        // A path that cannot take the result is refused before any work is done; so is a catalog the rules are made from.
        var target = Path is null ? null : OutputPath.Resolve(this, Path, NoClobber);
        var (plan, set) = Plan(Invocation.Describe(MyInvocation));
        if (target is not null)
        {
            OutputFile.RefuseInput(target, set.Files, OutputPath.Parameter);
        }

        var dialect = FirewallDialects.All.First(d => string.Equals(d.Name, Format, StringComparison.OrdinalIgnoreCase));
        var text = dialect.Write(plan);
        if (target is null)
        {
            WriteObject(text);
        }
        else if (ShouldProcess(target, "Write the " + dialect.Name + " rules"))
        {
            OutputFile.Write(target, writer => writer.Write(text), OutputPath.Parameter);
        }
    }
}
