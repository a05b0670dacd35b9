using System.Collections.Generic;
using System.Linq;
using System.Text;
using ExchangePorts.Operations.Planning;
using ExchangePorts.Operations.Writers;

namespace ExchangePorts.Operations.Writers;

/// <summary>
/// Windows Firewall rules as a PowerShell script of <c>New-NetFirewallRule</c> commands (NetSecurity module). Every rule
/// is in one group per run, which the script removes first, so running it again replaces its rules. Every argument is a
/// constant: free text a single-quoted string (<see cref="PowerShellText"/>), the rest keywords and numbers the tool makes.
/// </summary>
internal static class PowerShellWriter
{
    public static string Write(FirewallPlan plan)
    {
        var text = new StringBuilder();
        text.Append(PowerShellText.Comment(plan.CommandLine)).Append('\n');
        text.Append(PowerShellText.Comment(
            "The " + plan.Direction + " Windows Firewall rules a server of role " + plan.Role + " needs. Running the script again replaces them: it first removes the rules of its group.")).Append('\n');
        foreach (var note in plan.Notes)
        {
            text.Append(PowerShellText.Comment("Note: " + note)).Append('\n');
        }

        text.Append("Remove-NetFirewallRule -Group ").Append(PowerShellText.Literal(plan.Group)).Append(" -ErrorAction SilentlyContinue\n");
        foreach (var rule in plan.Rules)
        {
            text.Append('\n');
            if (rule.Unrestricted)
            {
                text.Append(PowerShellText.Comment(RuleText.Unrestricted + ": this rule allows any address.")).Append('\n');
            }

            var parameters = new List<string>
            {
                "-Name " + PowerShellText.Literal(rule.Id),
                "-DisplayName " + PowerShellText.Literal(rule.DisplayName),
                "-Group " + PowerShellText.Literal(plan.Group),
                "-Direction " + (plan.Outbound ? "Outbound" : "Inbound"),
                "-Action Allow",
                "-Protocol " + rule.Protocol,
                (plan.Outbound ? "-RemotePort " : "-LocalPort ") + PowerShellText.Literal(Port(rule, plan.Outbound)),
                "-RemoteAddress " + (rule.Addresses.IsAny ? "Any" : string.Join(", ", rule.Addresses.Texts.Select(PowerShellText.Literal))),
                "-Description " + PowerShellText.Literal(rule.Description),
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
}
