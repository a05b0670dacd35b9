using System.Collections.Generic;
using System.Linq;
using ExchangePorts.Operations.Entries;
using ExchangePorts.Operations.Sources;

namespace ExchangePorts.Operations.Planning;

/// <summary>What every firewall dialect says of a rule: its data path, the entries it answers for and their sources.</summary>
internal static class RuleText
{
    public const string Unrestricted =
        "NOT RESTRICTED: Microsoft does not support restricting traffic between internal Exchange servers and domain controllers";

    public const string DynamicRpc = "the dynamic RPC range that RPC on 135 hands ports out of (Windows' default, 49152-65535)";

    /// <summary><c>Exchange: Internet, ExchangeOnline -> Edge, SMTP 25/TCP</c>: the data path, for a display name.</summary>
    public static string DisplayName(string role, bool outbound, IReadOnlyList<string> peers, PortEntry first, string ports, string protocol, RpcPart rpc)
    {
        var (from, to) = outbound ? (role, string.Join(", ", peers)) : (string.Join(", ", peers), role);
        var service = first.Spec.Service.Length > 0 ? first.Spec.Service : first.QualifiedName;
        return "Exchange: " + from + " -> " + to + ", " + service + " " + ports + "/" + protocol + (rpc == RpcPart.Dynamic ? " (dynamic RPC)" : string.Empty);
    }

    /// <summary>The entries' qualified names and sources, and why the rule is as it is.</summary>
    public static string Description(IReadOnlyList<PortEntry> entries, string protocol, RpcPart rpc, bool unrestricted)
    {
        var text = string.Join(", ", entries.Select(e => e.FullName + " (" + e.Ports + "/" + protocol + ")"));
        if (rpc == RpcPart.Dynamic)
        {
            text += ": " + DynamicRpc;
        }

        var sources = entries.Select(e => e.Spec.Source).Where(s => s.Length > 0).Distinct().ToList();
        if (sources.Count > 0)
        {
            text += (sources.Count == 1 ? ". Source: " : ". Sources: ") + string.Join(" ; ", sources);
        }

        return unrestricted ? Unrestricted + ". " + text : text;
    }
}
