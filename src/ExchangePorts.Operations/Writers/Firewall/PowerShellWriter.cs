using System.Linq;
using System.Text;
using ExchangePorts.Operations.Planning;

namespace ExchangePorts.Operations.Writers;

/// <summary>
/// Windows Firewall rules as a PowerShell script of <c>New-NetFirewallRule</c> commands (NetSecurity module), the calls
/// <see cref="NetSecurityCommands"/> defines. Every rule is in one group per run, which the script removes first, so
/// running it again replaces its rules. Every argument is a constant: free text a single-quoted string
/// (<see cref="PowerShellText"/>), the rest keywords and numbers the tool makes.
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

        text.Append(Command(NetSecurityCommands.RemoveGroup(plan))).Append(" -ErrorAction SilentlyContinue\n");
        foreach (var rule in plan.Rules)
        {
            text.Append('\n');
            if (rule.Unrestricted)
            {
                text.Append(PowerShellText.Comment(RuleText.Unrestricted + ": this rule allows any address.")).Append('\n');
            }

            text.Append(Command(NetSecurityCommands.NewRule(plan, rule))).Append('\n');
        }

        return text.ToString();
    }

    // Keywords as they are, strings single-quoted: every argument is a constant.
    private static string Command(NetSecurityCommand command) =>
        command.Name + string.Concat(command.Parameters.Select(p =>
            " -" + p.Name + " " + string.Join(", ", p.IsKeyword ? p.Values : p.Values.Select(PowerShellText.Literal))));
}
