using System;
using System.Collections.Generic;
using System.Linq;

namespace ExchangePorts.Operations.Entries;

/// <summary>
/// The catalogs' role keys for a server's roles as Exchange writes them in <c>Get-ExchangeServer</c>'s
/// <c>ServerRole</c>: <c>Mailbox, ClientAccess</c>, <c>HubTransport</c>, <c>Edge</c>. Exchange's names are the
/// catalogs' keys but for the Hub Transport role, which the catalogs call <c>Hub</c>.
/// </summary>
internal static class ExchangeServerRoles
{
    private static readonly Dictionary<string, string> Renamed = new(StringComparer.OrdinalIgnoreCase)
    {
        ["HubTransport"] = "Hub",
    };

    /// <summary>
    /// The role keys of <paramref name="roles"/> (the catalogs' own) that <paramref name="serverRole"/> names, each once,
    /// in the order written; a role the catalogs have no entries for (a 2013 <c>ClientAccess</c> against the 2019
    /// catalog, <c>Monitoring</c>) is left out.
    /// </summary>
    public static IReadOnlyList<string> Keys(string serverRole, IReadOnlyList<string> roles) =>
        serverRole.Split(new[] { ',', ';' }, StringSplitOptions.RemoveEmptyEntries)
            .Select(r => r.Trim())
            .Select(r => Renamed.TryGetValue(r, out var key) ? key : r)
            .Select(r => roles.FirstOrDefault(known => string.Equals(known, r, StringComparison.OrdinalIgnoreCase) && known != RoleKeys.Local))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList();
}
