using System.Collections.Generic;
using System.Linq;
using System.Text;
using ExchangePorts.Operations.Planning;
using ExchangePorts.Operations.Writers;

namespace ExchangePorts.Operations.Writers;

/// <summary>
/// Windows Firewall rules as a batch file of <c>netsh advfirewall firewall</c> commands, for older scripts. netsh has
/// no rule groups: the file deletes each rule by its name before adding it, so it can run again. Free text is a
/// quoted value or a remark (<see cref="BatchText"/>); everything else is a keyword, a number or an address the tool makes.
/// cmd reads at most 8,191 characters of a line and treats the rest as it pleases (the line is dropped, or its tail runs
/// as a command of its own), so no line is longer than <see cref="MaxLine"/>: a rule whose addresses would not fit is
/// added as several rules of the same name, each with a part of them, which the one delete by name removes together.
/// </summary>
internal static class NetshWriter
{
    /// <summary>The longest line written: cmd's 8,191, less room for a margin nobody has to reason about.</summary>
    public const int MaxLine = 8000;

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
            var head = "netsh advfirewall firewall add rule name=" + name + (plan.Outbound ? " dir=out" : " dir=in") + " action=allow protocol=" + rule.Protocol +
                (plan.Outbound ? " remoteport=" : " localport=") + Port(rule, plan.Outbound) + " remoteip=";
            var tail = " description=" + BatchText.Quoted(rule.Description) + "\r\n";
            foreach (var addresses in AddressLists(rule, MaxLine - head.Length - tail.Length))
            {
                text.Append(head).Append(addresses).Append(tail);
            }
        }

        return text.ToString();
    }

    /// <summary>The rule's addresses as comma-separated lists, each at most <paramref name="room"/> characters long.</summary>
    private static IEnumerable<string> AddressLists(FirewallRule rule, int room)
    {
        if (rule.Addresses.IsAny)
        {
            yield return "any";
            yield break;
        }

        var list = new StringBuilder();
        foreach (var address in rule.Addresses.Texts)
        {
            if (list.Length > 0 && list.Length + 1 + address.Length > room)
            {
                yield return list.ToString();
                list.Clear();
            }

            list.Append(list.Length > 0 ? "," : string.Empty).Append(address);
        }

        yield return list.ToString();
    }

    private static string Port(FirewallRule rule, bool outbound) => (rule.Rpc, outbound) switch
    {
        (RpcPart.EndpointMapper, false) => "RPC-EPMap",
        (RpcPart.Dynamic, false) => "RPC",
        _ => rule.Ports,
    };
}
