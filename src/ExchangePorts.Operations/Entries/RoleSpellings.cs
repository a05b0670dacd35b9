using System;
using System.Collections.Generic;

namespace ExchangePorts.Operations.Entries;

/// <summary>
/// One spelling per role key across the catalogs a command reads: the first one met, and <c>Local</c> as
/// <see cref="RoleKeys.Local"/>. Role keys are names an admin types (Windows compares such names ignoring case), so
/// <c>Edge</c> and <c>EDGE</c> in one catalog are one role: a rule, a probe or a diagram node for one of them is for both.
/// </summary>
internal sealed class RoleSpellings
{
    private readonly Dictionary<string, string> spellings = new(StringComparer.OrdinalIgnoreCase) { [RoleKeys.Local] = RoleKeys.Local };

    /// <summary>The role as it was first written; <paramref name="role"/> itself when it is new.</summary>
    public string Of(string role)
    {
        if (spellings.TryGetValue(role, out var spelling))
        {
            return spelling;
        }

        spellings.Add(role, role);
        return role;
    }
}
