using System;
using System.Collections.Generic;
using ExchangePorts.Operations.Planning;

namespace ExchangePorts.Operations.Writers;

/// <summary>A language firewall rules are written in: its name for <c>--format</c>, what it is, and its writer.</summary>
internal sealed record FirewallDialect(string Name, string Help, Func<FirewallPlan, string> Write)
{
    /// <summary>The name, as help shows a default value and as <c>--format</c> takes it.</summary>
    public override string ToString() => Name;
}

/// <summary>Every firewall dialect, the one list of them: the first is the default. A new dialect is a writer and a line here.</summary>
internal static class FirewallDialects
{
    public static readonly IReadOnlyList<FirewallDialect> All =
    [
        new("powershell", "New-NetFirewallRule commands (Windows PowerShell 5.1 and PowerShell 7)", PowerShellWriter.Write),
        new("netsh", "netsh advfirewall commands in a batch file, for older scripts", NetshWriter.Write),
        new("nftables", "an nftables table of its own, for nft -f on Linux", NftablesWriter.Write),
    ];
}
