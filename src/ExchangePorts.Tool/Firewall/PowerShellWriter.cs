using System.Collections.Generic;
using System.Text;

namespace ExchangePorts.Tool.Firewall;

/// <summary>
/// Windows Firewall rules as a PowerShell script of <c>New-NetFirewallRule</c> commands (NetSecurity module).
/// Every rule is in one group per run, which the script removes first, so running it again replaces its rules.
/// </summary>
internal static class PowerShellWriter
{
    public static string Write(FirewallPlan plan)
    {
        var text = new StringBuilder();
        text.Append("# ").Append(plan.CommandLine).Append('\n');
        text.Append("# The ").Append(plan.Direction).Append(" Windows Firewall rules a server of role ").Append(plan.Role)
            .Append(" needs. Running the script again replaces them: it first removes the rules of its group.\n");
        foreach (var note in plan.Notes)
        {
            text.Append("# Note: ").Append(note).Append('\n');
        }

        text.Append("Remove-NetFirewallRule -Group ").Append(Quote(plan.Group)).Append(" -ErrorAction SilentlyContinue\n");
        foreach (var rule in plan.Rules)
        {
            text.Append('\n');
            if (rule.Unrestricted)
            {
                text.Append("# ").Append(RuleText.Unrestricted).Append(": this rule allows any address.\n");
            }

            var parameters = new List<string>
            {
                "-Name " + Quote(rule.Id),
                "-DisplayName " + Quote(RuleText.DisplayName(plan, rule)),
                "-Group " + Quote(plan.Group),
                "-Direction " + (plan.Outbound ? "Outbound" : "Inbound"),
                "-Action Allow",
                "-Protocol " + rule.Protocol,
                (plan.Outbound ? "-RemotePort " : "-LocalPort ") + Port(rule, plan.Outbound),
                "-RemoteAddress " + (rule.Addresses.Count == 0 ? "Any" : string.Join(",", rule.Addresses)),
                "-Description " + Quote(RuleText.Description(rule)),
            };
            text.Append("New-NetFirewallRule ").Append(string.Join(" ", parameters)).Append('\n');
        }

        return text.ToString();
    }

    // Inbound RPC has keywords of its own: the endpoint mapper and the dynamic range it hands out.
    private static string Port(FirewallRule rule, bool outbound) => (rule.Rpc, outbound) switch
    {
        (RpcPart.EndpointMapper, false) => "RPCEPMap",
        (RpcPart.Dynamic, false) => "RPC",
        _ => rule.Ports,
    };

    /// <summary>A single-quoted PowerShell string: nothing in it is expanded; a quote is written twice.</summary>
    public static string Quote(string value) => "'" + value.Replace("'", "''", System.StringComparison.Ordinal) + "'";
}
