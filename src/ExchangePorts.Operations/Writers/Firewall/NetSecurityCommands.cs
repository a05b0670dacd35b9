using System.Collections.Generic;
using System.Linq;
using ExchangePorts.Operations.Planning;

namespace ExchangePorts.Operations.Writers;

/// <summary>
/// One parameter of a NetSecurity command: a keyword (<c>Inbound</c>, <c>TCP</c>, <c>Any</c>) or strings. Strings are
/// already as the rule gets them: visible and ASCII (<see cref="VisibleText"/>), as a script can carry them.
/// </summary>
internal sealed record NetSecurityParameter(string Name, IReadOnlyList<string> Values, bool IsKeyword)
{
    public static NetSecurityParameter Keyword(string name, string keyword) => new(name, [keyword], true);

    public static NetSecurityParameter Text(string name, params string[] values) =>
        new(name, values.Select(v => VisibleText.Escape(v, asciiOnly: true)).ToList(), false);
}

/// <summary>A call of a NetSecurity cmdlet: <c>New-NetFirewallRule</c> with its parameters, in order.</summary>
internal sealed record NetSecurityCommand(string Name, IReadOnlyList<NetSecurityParameter> Parameters);

/// <summary>
/// The NetSecurity calls that make a plan's rules on Windows: remove the rules of the plan's group, then create each
/// rule. The one definition of them, which the PowerShell script writes out and the PowerShell module calls, so the
/// two make the same rules.
/// </summary>
internal static class NetSecurityCommands
{
    public const string Remove = "Remove-NetFirewallRule";

    public const string New = "New-NetFirewallRule";

    /// <summary>Removes every rule of the plan's group, so creating them again replaces them.</summary>
    public static NetSecurityCommand RemoveGroup(FirewallPlan plan) => new(Remove, [NetSecurityParameter.Text("Group", plan.Group)]);

    /// <summary>Creates one rule of the plan.</summary>
    public static NetSecurityCommand NewRule(FirewallPlan plan, FirewallRule rule) => new(New,
    [
        NetSecurityParameter.Text("Name", rule.Id),
        NetSecurityParameter.Text("DisplayName", rule.DisplayName),
        NetSecurityParameter.Text("Group", plan.Group),
        NetSecurityParameter.Keyword("Direction", plan.Outbound ? "Outbound" : "Inbound"),
        NetSecurityParameter.Keyword("Action", "Allow"),
        NetSecurityParameter.Keyword("Protocol", rule.Protocol),
        NetSecurityParameter.Text(plan.Outbound ? "RemotePort" : "LocalPort", Port(rule, plan.Outbound)),
        rule.Addresses.IsAny ? NetSecurityParameter.Keyword("RemoteAddress", "Any") : NetSecurityParameter.Text("RemoteAddress", rule.Addresses.Texts.ToArray()),
        NetSecurityParameter.Text("Description", rule.Description),
    ]);

    // Inbound RPC has keywords of its own: the endpoint mapper and the dynamic range it hands out.
    private static string Port(FirewallRule rule, bool outbound) => (rule.Rpc, outbound) switch
    {
        (RpcPart.EndpointMapper, false) => "RPCEPMap",
        (RpcPart.Dynamic, false) => "RPC",
        _ => rule.Ports,
    };
}
