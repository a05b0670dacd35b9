using System;
using System.CommandLine;
using System.Linq;
using ExchangePorts.Tool.Firewall;
using ExchangePorts.Tool.Output;

namespace ExchangePorts.Tool.Commands;

/// <summary>The formats <c>firewall</c> writes.</summary>
internal enum FirewallFormat
{
    PowerShell,
    Netsh,
    Nftables,
}

/// <summary><c>firewall</c>: the rules a server of one role needs.</summary>
internal static class FirewallCommand
{
    public static Command Create()
    {
        var catalogs = new CatalogOptions();
        var role = new Option<string>("--role", "-r") { Description = "The role of the server the rules are for: Edge, Mailbox, ...", Required = true };
        var outbound = new Option<bool>("--outbound") { Description = "Rules for the traffic the role sends, instead of what it receives." };
        var allow = new Option<string[]>("--allow", "-a") { Description = "The addresses of a peer role: ROLE=ADDRESSES, such as Mailbox=10.1.0.0/24,10.1.1.5 or Internet=Any (repeatable)." };
        var allowAny = new Option<bool>("--allow-any") { Description = "Allow any address for every peer role the command line does not give addresses for." };
        var format = new Option<FirewallFormat>("--format", "-f") { Description = "powershell (default; New-NetFirewallRule), netsh or nftables." };
        var output = new Option<string>("--output", "-o") { Description = "Write to this file instead of standard output (written whole, or not at all)." };
        return catalogs.Command(
            "firewall",
            "Write the firewall rules a server of a role needs: inbound from the roles that connect to it, or --outbound.\n" +
            "Paths between internal Exchange servers and domain controllers are never narrowed (Microsoft does not support it): they are reported and marked.\n\n" +
            "Examples:\n" +
            "  exchange-ports firewall --role Edge --exchange 2019 --allow Internet=Any --allow Mailbox=10.1.0.0/24 --format nftables\n" +
            "  exchange-ports firewall --role Edge --exchange 2019 --allow Internet=Any --allow Mailbox=10.1.0.0/24 -o edge.ps1\n" +
            "  exchange-ports firewall --role Mailbox --exchange 2019 --allow-any --format netsh",
            [role, outbound, allow, allowAny, format, output],
            (result, set) =>
            {
                var allowList = AllowList.Parse(result.GetValue(allow) ?? []);
                var commandLine = "exchange-ports " + string.Join(" ", result.Tokens.Select(t => t.Value.Contains(' ', StringComparison.Ordinal) ? "\"" + t.Value + "\"" : t.Value));
                var plan = FirewallPlanner.Plan(set, result.GetValue(role)!, result.GetValue(outbound), allowList, result.GetValue(allowAny), commandLine);
                foreach (var note in plan.Notes)
                {
                    Console.Error.WriteLine("note: " + note);
                }

                var text = result.GetValue(format) switch
                {
                    FirewallFormat.Netsh => NetshWriter.Write(plan),
                    FirewallFormat.Nftables => NftablesWriter.Write(plan),
                    _ => PowerShellWriter.Write(plan),
                };
                OutputTarget.Write(text, result.GetValue(output));
                return ExitCodes.Success;
            });
    }
}
