using System.Linq;
using System.Text;
using ExchangePorts.Tool.Escaping;

namespace ExchangePorts.Tool.Firewall;

/// <summary>
/// Windows Firewall rules as a batch file of <c>netsh advfirewall firewall</c> commands, for older scripts. netsh has
/// no rule groups: the file deletes each rule by its name before adding it, so it can run again. Free text is a
/// quoted value or a remark (<see cref="BatchText"/>); everything else is a keyword, a number or an address the tool makes.
/// </summary>
internal static class NetshWriter
{
    public static string Write(FirewallPlan plan)
    {
        var text = new StringBuilder(BatchText.Preamble);
        text.Append(BatchText.Remark(plan.CommandLine)).Append("\r\n");
        text.Append(BatchText.Remark(
            "The " + plan.Direction + " Windows Firewall rules a server of role " + plan.Role + " needs. Each rule is deleted by name before it is added, so the file can run again.")).Append("\r\n");
        foreach (var note in plan.Notes)
        {
            text.Append(BatchText.Remark("Note: " + note)).Append("\r\n");
        }

        foreach (var rule in plan.Rules)
        {
            if (rule.Unrestricted)
            {
                text.Append(BatchText.Remark(RuleText.Unrestricted + ": this rule allows any address.")).Append("\r\n");
            }

            var name = BatchText.Quoted(rule.Id);
            text.Append("netsh advfirewall firewall delete rule name=").Append(name).Append(" >nul 2>&1\r\n");
            text.Append("netsh advfirewall firewall add rule name=").Append(name)
                .Append(plan.Outbound ? " dir=out" : " dir=in").Append(" action=allow protocol=").Append(rule.Protocol)
                .Append(plan.Outbound ? " remoteport=" : " localport=").Append(Port(rule, plan.Outbound))
                .Append(" remoteip=").Append(rule.Addresses.IsAny ? "any" : string.Join(",", rule.Addresses.Texts))
                .Append(" description=").Append(BatchText.Quoted(rule.Description)).Append("\r\n");
        }

        return text.ToString();
    }

    private static string Port(FirewallRule rule, bool outbound) => (rule.Rpc, outbound) switch
    {
        (RpcPart.EndpointMapper, false) => "RPC-EPMap",
        (RpcPart.Dynamic, false) => "RPC",
        _ => rule.Ports,
    };
}
