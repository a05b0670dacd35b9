using System.Collections.Generic;
using ExchangePorts.Generators.Model;
using ExchangePorts.Operations.Entries;

namespace ExchangePorts.Operations.Planning;

/// <summary>Which part of RPC a rule opens: not RPC, the endpoint mapper on 135, or the dynamic range it hands out.</summary>
internal enum RpcPart
{
    None,
    EndpointMapper,
    Dynamic,
}

/// <summary>
/// One rule: a port or a range on one transport, open to (inbound) or toward (outbound) the addresses of one or more
/// peer roles, for every entry it answers for.
/// </summary>
/// <param name="Id">Stable and unique within the plan: the rule's name in Windows Firewall.</param>
/// <param name="DisplayName">Unique within the plan: <c>Exchange: Internet, ExchangeOnline -> Edge, SMTP 25/TCP</c>.</param>
/// <param name="Unrestricted">It answers for a path between internal Exchange servers and domain controllers: never narrowed.</param>
/// <param name="Entries">The entries the rule opens the port for, in catalog order.</param>
/// <param name="Paths">Each entry with each peer role it opens the port to: the paths <c>probe --role</c> checks from that peer.</param>
internal sealed record FirewallRule(
    string Id,
    string DisplayName,
    string Description,
    string Protocol,
    int FirstPort,
    int LastPort,
    RpcPart Rpc,
    IReadOnlyList<string> PeerRoles,
    AddressSet Addresses,
    bool Unrestricted,
    IReadOnlyList<PortEntry> Entries,
    IReadOnlyList<(PortEntry Entry, string Peer)> Paths)
{
    /// <summary><c>25</c> or <c>49152-65535</c>.</summary>
    public string Ports => PortText.Of(FirstPort, LastPort);
}

/// <summary>A port the role serves only to itself (<c>Local</c>, such as AD LDS on an Edge server), that no rule opens.</summary>
internal sealed record LocalPort(string Protocol, int FirstPort, int LastPort, IReadOnlyList<PortEntry> Entries)
{
    public string Ports => PortText.Of(FirstPort, LastPort);
}

/// <summary>The rules a server of one role needs, in one direction, and what was left out and why.</summary>
/// <param name="Group">The Windows Firewall group every rule is in, which a script removes before it adds them again.</param>
/// <param name="CommandLine">The command line that made the plan, for the file's header.</param>
/// <param name="LocalOnly">
/// Inbound, the ports the role serves only to itself and opens to nobody else. Windows Firewall refuses them
/// without a rule; a firewall whose policy accepts (nftables here) must close them to every other host.
/// </param>
internal sealed record FirewallPlan(string Role, bool Outbound, string Group, IReadOnlyList<FirewallRule> Rules, IReadOnlyList<string> Notes, string CommandLine, IReadOnlyList<LocalPort> LocalOnly)
{
    public string Direction => Outbound ? "outbound" : "inbound";
}
