using System.Text;

namespace ExchangePorts.Tool.Firewall;

/// <summary>
/// Windows Firewall rules as a batch file of <c>netsh advfirewall firewall</c> commands, for older scripts.
/// netsh has no rule groups: the file deletes each rule by its name before adding it, so it can run again.
/// </summary>
internal static class NetshWriter
{
    public static string Write(FirewallPlan plan)
    {
        var text = new StringBuilder();
        text.Append("@echo off\r\n");
        text.Append("rem ").Append(Clean(plan.CommandLine)).Append("\r\n");
        text.Append("rem The ").Append(plan.Direction).Append(" Windows Firewall rules a server of role ").Append(plan.Role)
            .Append(" needs. Each rule is deleted by name before it is added, so the file can run again.\r\n");
        foreach (var note in plan.Notes)
        {
            text.Append("rem Note: ").Append(Clean(note)).Append("\r\n");
        }

        foreach (var rule in plan.Rules)
        {
            if (rule.Unrestricted)
            {
                text.Append("rem ").Append(RuleText.Unrestricted).Append(": this rule allows any address.\r\n");
            }

            var name = Clean(rule.Id);
            text.Append("netsh advfirewall firewall delete rule name=\"").Append(name).Append("\" >nul 2>&1\r\n");
            text.Append("netsh advfirewall firewall add rule name=\"").Append(name).Append('"')
                .Append(plan.Outbound ? " dir=out" : " dir=in").Append(" action=allow protocol=").Append(rule.Protocol)
                .Append(plan.Outbound ? " remoteport=" : " localport=").Append(Port(rule, plan.Outbound))
                .Append(" remoteip=").Append(rule.Addresses.Count == 0 ? "any" : string.Join(",", rule.Addresses))
                .Append(" description=\"").Append(Clean(RuleText.Description(rule))).Append("\"\r\n");
        }

        return text.ToString();
    }

    private static string Port(FirewallRule rule, bool outbound) => (rule.Rpc, outbound) switch
    {
        (RpcPart.EndpointMapper, false) => "RPC-EPMap",
        (RpcPart.Dynamic, false) => "RPC",
        _ => rule.Ports,
    };

    // netsh cannot escape a quote inside a quoted value, and cmd reads % and ^ in a batch file.
    private static string Clean(string value) =>
        value.Replace('"', '\'').Replace("%", "%%", System.StringComparison.Ordinal).Replace("^", "^^", System.StringComparison.Ordinal).Replace('\r', ' ').Replace('\n', ' ');
}
