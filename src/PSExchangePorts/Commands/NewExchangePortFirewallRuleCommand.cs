using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using ExchangePorts.Operations.Writers;

namespace PSExchangePorts.Commands;

/// <summary>
/// <c>New-ExchangePortFirewallRule</c>: makes a server's Windows Firewall rules with the NetSecurity cmdlets, the calls
/// <c>exchange-ports firewall --format powershell</c> writes: <c>Remove-NetFirewallRule</c> of the plan's group, then
/// <c>New-NetFirewallRule</c> for each rule, so running it again replaces the rules. The cmdlets are found by name in
/// the caller's session, as any command is (a function of the same name stands in for them, as Pester's Mock does).
/// </summary>
[Cmdlet(VerbsCommon.New, "ExchangePortFirewallRule", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = LocalSet)]
[OutputType(typeof(ExchangePortFirewallRule))]
public sealed class NewExchangePortFirewallRuleCommand : FirewallPlanCmdlet
{
    private const string LocalSet = "Local";

    /// <summary>Catalog files (CSV or JSON) to read, besides or instead of the shipped ones.</summary>
    [Parameter]
    [Alias("CatalogPath")]
    public string[]? Path { get; set; }

    /// <summary>The policy store the rules go to (a domain GPO: contoso.com\Exchange Servers), passed to the NetSecurity cmdlets.</summary>
    [Parameter(ParameterSetName = "PolicyStore", Mandatory = true)]
    [ValidateNotNullOrEmpty]
    public string? PolicyStore { get; set; }

    /// <summary>A GPO session from Open-NetGPO, passed to the NetSecurity cmdlets; Save-NetGPO stores the rules.</summary>
    [Parameter(ParameterSetName = "GPOSession", Mandatory = true)]
    [ValidateNotNullOrEmpty]
    public string? GPOSession { get; set; }

    private protected override IEnumerable<string>? CatalogPaths => Path;

    private protected override void End()
    {
        var (plan, _) = Plan(MyInvocation.MyCommand.Name);

        // Both commands before anything changes: rules removed and none made would leave the server closed.
        Require(NetSecurityCommands.Remove);
        Require(NetSecurityCommands.New);
        var store = PolicyStore ?? GPOSession;
        var group = "'" + plan.Group + "'" + (store is null ? string.Empty : " in " + store);
        if (ShouldProcess("Removing the firewall rules of the group " + group + ".", "Remove the firewall rules of the group " + group + "?", "Remove firewall rules", out var reason))
        {
            if (!Call(NetSecurityCommands.RemoveGroup(plan), nothingToRemoveIsFine: true))
            {
                // New rules beside the old ones would collide with them, or double them.
                throw new CmdletFailure(new ErrorRecord(
                    new InvalidOperationException("The rules of the group " + group + " could not be removed (see the error before), so no rule was created."),
                    "RemoveFailed",
                    ErrorCategory.InvalidOperation,
                    plan.Group));
            }
        }
        else if (reason != ShouldProcessReason.WhatIf)
        {
            // Declined: the old rules stay, and new ones of the same names would collide with them.
            return;
        }

        foreach (var rule in plan.Rules)
        {
            var command = NetSecurityCommands.NewRule(plan, rule);
            var created = new ExchangePortFirewallRule(plan, rule, command);
            var target = created.DisplayName + " (" + created.Protocol + " " + created.Port + (plan.Outbound ? " to " : " from ") + string.Join(", ", created.RemoteAddress) + ")";
            if (ShouldProcess(target, "Create the firewall rule") && Call(command, nothingToRemoveIsFine: false))
            {
                WriteObject(created);
            }
        }
    }

    /// <summary>Finds a NetSecurity command in the caller's session as any command is found (module auto-loading included).</summary>
    private void Require(string name)
    {
        using var shell = PowerShell.Create(RunspaceMode.CurrentRunspace);
        shell.AddCommand("Get-Command").AddParameter("Name", name).AddParameter("ErrorAction", ActionPreference.SilentlyContinue);
        if (shell.Invoke().Count == 0)
        {
            throw new CmdletFailure(ErrorRecords.NotFound(
                name + " is not available: it comes with Windows' NetSecurity module (Windows Server 2012 and later). Export-ExchangePortFirewallRule writes the rules as a script or for another firewall.",
                "NetSecurityNotFound",
                name));
        }
    }

    /// <summary>Runs a NetSecurity command in the caller's session; its errors become this cmdlet's. False when it failed.</summary>
    private bool Call(NetSecurityCommand command, bool nothingToRemoveIsFine)
    {
        using var shell = PowerShell.Create(RunspaceMode.CurrentRunspace);
        shell.AddCommand(command.Name);
        foreach (var parameter in command.Parameters)
        {
            shell.AddParameter(parameter.Name, parameter.Values.Count == 1 ? parameter.Values[0] : parameter.Values.ToArray());
        }

        if (PolicyStore is not null)
        {
            shell.AddParameter(nameof(PolicyStore), PolicyStore);
        }

        if (GPOSession is not null)
        {
            shell.AddParameter(nameof(GPOSession), GPOSession);
        }

        // Errors are collected, whatever the caller's preference, to be reported here as the cmdlet's own.
        shell.AddParameter("ErrorAction", ActionPreference.Continue);
        try
        {
            shell.Invoke();
        }
        catch (RuntimeException exception)
        {
            WriteError(exception.ErrorRecord);
            return false;
        }

        // Removing a group that has no rules yet (the first run) reports that it found none.
        var errors = shell.Streams.Error.Where(e => !(nothingToRemoveIsFine && e.CategoryInfo.Category == ErrorCategory.ObjectNotFound)).ToList();
        foreach (var error in errors)
        {
            WriteError(error);
        }

        return errors.Count == 0;
    }
}
