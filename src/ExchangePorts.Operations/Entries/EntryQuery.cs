using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ExchangePorts.Operations.Errors;

namespace ExchangePorts.Operations.Entries;

/// <summary>
/// The questions every front end asks of the entries, answered the same way: the entries on a port, of a name, and
/// from, to or in what (<c>exchange-ports list</c> and <c>find</c>, <c>Get-ExchangePort</c>).
/// </summary>
internal static class EntryQuery
{
    /// <summary>A port: a whole number from 1 to 65535.</summary>
    /// <param name="parameter">Where it was given, for the message: <c>--port</c>.</param>
    /// <exception cref="OperationsException">It is not one.</exception>
    public static int Port(string parameter, string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && IsPort(number)
            ? number
            : throw new OperationsException(parameter + ": '" + text + "' is not a port; use a whole number from 1 to 65535.");

    public static bool IsPort(int number) => number is >= 1 and <= 65535;

    /// <summary>The entries on the port, then the ranges that contain it.</summary>
    public static IEnumerable<PortEntry> OnPort(IReadOnlyList<PortEntry> entries, int port) =>
        entries.Where(e => !e.Spec.IsRange && e.Spec.Port == port).Concat(entries.Where(e => e.Spec.IsRange && e.Contains(port)));

    /// <summary>The entries any of whose names <paramref name="matches"/>.</summary>
    public static IEnumerable<PortEntry> Named(IEnumerable<PortEntry> entries, Func<string, bool> matches) =>
        entries.Where(e => Names(e).Any(matches));

    /// <summary>The entries of a name, in any case: qualified, full, written, or with its group.</summary>
    public static IEnumerable<PortEntry> Named(IEnumerable<PortEntry> entries, string name) =>
        Named(entries, n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Every name an entry answers to: <c>EdgeSync.SecureLdap</c>, <c>Exchange2007Ports.EdgeSync.SecureLdap</c>, and
    /// the names its catalog wrote for it (<c>ms-sql-s</c>), alone and with the group.
    /// </summary>
    public static IEnumerable<string> Names(PortEntry entry)
    {
        yield return entry.QualifiedName;
        yield return entry.FullName;
        yield return entry.Spec.Group.Length == 0 ? entry.Spec.WrittenName : entry.Spec.Group + "." + entry.Spec.WrittenName;
        yield return entry.Spec.WrittenName;
        foreach (var other in entry.OtherWrittenNames)
        {
            yield return other;
            yield return entry.Spec.Group.Length == 0 ? other : entry.Spec.Group + "." + other;
        }
    }

    /// <summary>The entries from a role, to a role and in a group (any case), each where given.</summary>
    /// <param name="from">A role key as the catalogs write it (<see cref="CatalogSet.Role"/>), or null.</param>
    /// <param name="to">A role key as the catalogs write it, or null.</param>
    public static List<PortEntry> Filter(IEnumerable<PortEntry> entries, string? from, string? to, string? group) =>
        entries.Where(e =>
            (from is null || e.FromRoles.Contains(from, StringComparer.Ordinal)) &&
            (to is null || e.ToRoles.Contains(to, StringComparer.Ordinal)) &&
            (group is null || string.Equals(e.Spec.Group, group, StringComparison.OrdinalIgnoreCase))).ToList();
}
