using System;
using System.Collections.Generic;
using System.Linq;
using ExchangePorts.Operations.Errors;

namespace ExchangePorts.Operations.Entries;

/// <summary>The role keys the tool gives a meaning to (catalog/README.md lists the vocabulary).</summary>
internal static class RoleKeys
{
    /// <summary>The same server: the traffic does not cross the network, so no rule, no probe and no edge.</summary>
    public const string Local = "Local";

    /// <summary>
    /// Roles between which Microsoft does not support restricting traffic (internal Exchange servers and
    /// domain controllers use any port, dynamic RPC included).
    /// </summary>
    public static readonly IReadOnlyCollection<string> Internal = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "Mailbox", "ClientAccess", "Hub", "UnifiedMessaging", "DomainController" };

    /// <summary>The role as <paramref name="roles"/> write it, whatever the case it was given in.</summary>
    /// <param name="parameter">Where the role was given, for the message: <c>--role</c>.</param>
    /// <exception cref="OperationsException">It is not one of <paramref name="roles"/>; the message lists them.</exception>
    public static string Find(IReadOnlyList<string> roles, string parameter, string role) =>
        roles.FirstOrDefault(r => string.Equals(r, role, StringComparison.OrdinalIgnoreCase))
            ?? throw new OperationsException(parameter + ": '" + role + "' is not a role of these catalogs; " +
                (roles.Count == 0 ? "their entries have no roles (fromRoles, toRoles)." : "use one of " + string.Join(", ", roles) + "."));
}
