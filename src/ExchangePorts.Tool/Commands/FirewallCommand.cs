using System.CommandLine;
using System.Linq;
using ExchangePorts.Operations.Planning;
using ExchangePorts.Operations.Writers;
using ExchangePorts.Tool.Output;

namespace ExchangePorts.Tool.Commands;

/// <summary><c>firewall</c>: the rules a server of one role needs.</summary>
internal static class FirewallCommand
{
    public static Command Create(CommonOptions options, ToolConsole console)
    {
        var role = CommonOptions.Role("The role of the server the rules are for: Edge, Mailbox, ...", required: true);
        var outbound = new Option<bool>("--outbound") { Description = "Rules for the traffic the role sends, instead of what it receives." };
        var allow = new Option<string[]>("--allow", "-a")
        {
            Description = "The addresses of a peer role: ROLE=ADDRESSES, such as Mailbox=10.1.0.0/24,10.1.1.5 or Internet=Any (repeatable).",
            HelpName = "ROLE=ADDRESSES",
        };
        var allowAny = new Option<bool>("--allow-any") { Description = "Allow any address for every peer role the command line does not give addresses for." };
        var format = CommonOptions.Choice("--format", "-f", "The firewall's language", FirewallDialects.All.Select(d => (d.Name, d.Help, d)).ToList());
        return CatalogCommand.Create(
            "firewall",
            "Write the firewall rules a server of a role needs: inbound from the roles that connect to it, or --outbound.\n" +
            "Each port is opened once per set of addresses. Paths between internal Exchange servers and domain controllers are never\n" +
            "narrowed (Microsoft does not support it): they are reported and marked.\n\n" +
            "Examples:\n" +
            "  exchange-ports firewall --role Edge --allow Internet=Any --allow Mailbox=10.1.0.0/24 --allow ExchangeOnline=Any --format nftables\n" +
            "  exchange-ports firewall --role Edge --allow Internet=Any --allow Mailbox=10.1.0.0/24 --allow ExchangeOnline=Any -o edge.ps1\n" +
            "  exchange-ports firewall --role Mailbox --exchange 2016 --exchange 2019 --allow-any --format netsh",
            [role, outbound, allow, allowAny, format, options.Output],
            options,
            console,
            (result, set) =>
            {
                var allowList = AllowList.Parse(result.GetValue(allow) ?? []);
                var plan = FirewallPlanner.Plan(set, result.GetValue(role)!, result.GetValue(outbound), allowList, result.GetValue(allowAny), CatalogCommand.CommandLine(result));
                foreach (var note in plan.Notes)
                {
                    console.WriteError("note: " + note);
                }

                OutputTarget.Write(result.GetValue(format)!.Write(plan), result.GetValue(options.Output), console);
                return ExitCodes.Success;
            });
    }
}
