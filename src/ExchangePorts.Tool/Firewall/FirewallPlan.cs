using System.Collections.Generic;
using ExchangePorts.Tool.Catalogs;

namespace ExchangePorts.Tool.Firewall;

/// <summary>Which part of RPC a rule opens: not RPC, the endpoint mapper on 135, or the dynamic range it hands out.</summary>
internal enum RpcPart
{
    None,
    EndpointMapper,
    Dynamic,
}

/// <summary>One rule: an entry's ports on one transport, to or from one peer role.</summary>
/// <param name="Id">Stable and unique within the plan: the rule's name in Windows Firewall.</param>
/// <param name="Addresses">The peer's addresses; empty for any address.</param>
/// <param name="Unrestricted">A path between internal Exchange servers and domain controllers: never narrowed.</param>
internal sealed record FirewallRule(string Id, ToolEntry Entry, string Protocol, string Ports, string PeerRole, IReadOnlyList<string> Addresses, bool Unrestricted, RpcPart Rpc);

/// <summary>The rules a server of one role needs, in one direction, and what was left out and why.</summary>
internal sealed record FirewallPlan(string Role, bool Outbound, string Group, IReadOnlyList<FirewallRule> Rules, IReadOnlyList<string> Notes, string CommandLine)
{
    public string Direction => Outbound ? "outbound" : "inbound";
}
