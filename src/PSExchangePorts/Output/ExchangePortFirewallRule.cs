using System.Linq;
using ExchangePorts.Operations.Planning;
using ExchangePorts.Operations.Writers;

namespace PSExchangePorts;

/// <summary>A Windows Firewall rule of a plan, with the values <c>New-NetFirewallRule</c> gets.</summary>
public sealed class ExchangePortFirewallRule
{
    internal ExchangePortFirewallRule(FirewallPlan plan, FirewallRule rule, NetSecurityCommand command)
    {
        string Value(string name) => command.Parameters.First(p => p.Name == name).Values[0];
        Name = Value("Name");
        DisplayName = Value("DisplayName");
        Group = Value("Group");
        Direction = Value("Direction");
        Protocol = Value("Protocol");
        Port = Value(plan.Outbound ? "RemotePort" : "LocalPort");
        RemoteAddress = command.Parameters.First(p => p.Name == "RemoteAddress").Values.ToArray();
        Unrestricted = rule.Unrestricted;
        Entries = rule.Entries.Select(e => e.FullName).ToArray();
        Description = Value("Description");
    }

    /// <summary>The rule's name in Windows Firewall: stable, so running again replaces it.</summary>
    public string Name { get; }

    public string DisplayName { get; }

    /// <summary>The group of every rule of the plan: <c>ExchangePorts Edge inbound</c>.</summary>
    public string Group { get; }

    /// <summary><c>Inbound</c> or <c>Outbound</c>.</summary>
    public string Direction { get; }

    /// <summary><c>TCP</c> or <c>UDP</c>.</summary>
    public string Protocol { get; }

    /// <summary>The local port inbound, the remote port outbound: <c>25</c>, <c>49152-65535</c>, <c>RPCEPMap</c>, <c>RPC</c>.</summary>
    public string Port { get; }

    /// <summary><c>Any</c>, or the addresses and networks allowed.</summary>
    public string[] RemoteAddress { get; }

    /// <summary>A path between internal Exchange servers and domain controllers, which Microsoft does not support narrowing: any address.</summary>
    public bool Unrestricted { get; }

    /// <summary>The entries the rule opens the port for.</summary>
    public string[] Entries { get; }

    public string Description { get; }

    public override string ToString() => DisplayName;
}
