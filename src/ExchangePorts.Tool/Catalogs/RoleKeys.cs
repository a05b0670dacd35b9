using System;
using System.Collections.Generic;

namespace ExchangePorts.Tool.Catalogs;

/// <summary>The role keys the tool gives a meaning to (catalog/README.md lists the vocabulary).</summary>
internal static class RoleKeys
{
    /// <summary>The same server: the traffic does not cross the network, so no rule, no probe and no edge.</summary>
    public const string Local = "Local";

    /// <summary>
    /// Roles between which Microsoft does not support restricting traffic (internal Exchange servers and
    /// domain controllers use any port, dynamic RPC included).
    /// </summary>
    public static readonly IReadOnlyCollection<string> Internal = new HashSet<string>(StringComparer.Ordinal) { "Mailbox", "ClientAccess", "Hub", "UnifiedMessaging", "DomainController" };
}
