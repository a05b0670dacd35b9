using System.Collections.Generic;
using System.Linq;
using ExchangePorts.Operations.Entries;

namespace ExchangePorts.Operations.Planning;

/// <summary>What every firewall dialect says of a rule: its data path, the entries it answers for and their sources.</summary>
internal static class RuleText
{
    public const string Unrestricted =
        "NOT RESTRICTED: Microsoft does not support restricting traffic between internal Exchange servers and domain controllers";

    public const string DynamicRpc = "the dynamic RPC range that RPC on 135 hands ports out of (Windows' default, 49152-65535)";

    /// <summary>The longest rule id: quoted and escaped by any dialect, it stays under every limit (netsh's 1,024).</summary>
    public const int MaxIdLength = 160;

    /// <summary>
    /// A rule's id from its parts: letters, digits, '-', '_' and '.' kept, anything else '_', and a long one cut with
    /// a hash of the whole, so that two ids that differ stay apart in every dialect, whatever each escapes or shortens.
    /// </summary>
    public static string Id(string parts)
    {
        var id = new System.Text.StringBuilder(parts.Length);
        foreach (var c in parts)
        {
            id.Append(c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '_' or '.' ? c : '_');
        }

        var safe = id.ToString();
        return safe.Length <= MaxIdLength && safe == parts ? safe : safe.Substring(0, System.Math.Min(safe.Length, MaxIdLength - 9)) + "-" + StableHash.Of(parts);
    }

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
