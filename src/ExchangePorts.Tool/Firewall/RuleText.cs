namespace ExchangePorts.Tool.Firewall;

/// <summary>What every firewall format says of a rule: its data path, its entry and its source.</summary>
internal static class RuleText
{
    public const string Unrestricted =
        "NOT RESTRICTED: Microsoft does not support restricting traffic between internal Exchange servers and domain controllers";

    public const string DynamicRpc = "the dynamic RPC range that RPC on 135 hands ports out of (Windows' default, 49152-65535)";

    /// <summary><c>Exchange: Internet -> Edge, SMTP 25/TCP</c>: the data path, for a display name.</summary>
    public static string DisplayName(FirewallPlan plan, FirewallRule rule)
    {
        var (from, to) = plan.Outbound ? (plan.Role, rule.PeerRole) : (rule.PeerRole, plan.Role);
        var service = rule.Entry.Spec.Service.Length > 0 ? rule.Entry.Spec.Service : rule.Entry.QualifiedName;
        return "Exchange: " + from + " -> " + to + ", " + service + " " + rule.Ports + "/" + rule.Protocol + (rule.Rpc == RpcPart.Dynamic ? " (dynamic RPC)" : string.Empty);
    }

    /// <summary>The entry's qualified name and source, and why the rule is as it is.</summary>
    public static string Description(FirewallRule rule)
    {
        var text = rule.Entry.FullName + " (" + rule.Entry.Ports + "/" + rule.Protocol + ")";
        if (rule.Rpc == RpcPart.Dynamic)
        {
            text += ": " + DynamicRpc;
        }

        if (rule.Entry.Spec.Source.Length > 0)
        {
            text += ". Source: " + rule.Entry.Spec.Source;
        }

        return rule.Unrestricted ? Unrestricted + ". " + text : text;
    }
}
