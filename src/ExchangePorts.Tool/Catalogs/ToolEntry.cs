using System;
using System.Collections.Generic;
using ExchangePorts.Generators.Model;
using ExchangePorts.Generators.Naming;

namespace ExchangePorts.Tool.Catalogs;

/// <summary>One entry of a loaded catalog, with the catalog class it belongs to (<c>Exchange2019Ports</c>).</summary>
/// <param name="OtherWrittenNames">The names of rows merged into it besides its own (<c>z39.50</c> beside <c>z39-50</c>).</param>
internal sealed record ToolEntry(string Catalog, PortEntrySpec Spec, IReadOnlyList<string> OtherWrittenNames)
{
    /// <summary><c>Group.Name</c>, or the name alone in a catalog without groups.</summary>
    public string QualifiedName => GeneratedMembers.QualifiedName(Spec.Group, Spec.Name);

    /// <summary><c>Exchange2019Ports.EdgeSync.SecureLdap</c>: the constant as C# code names it.</summary>
    public string FullName => Catalog + "." + QualifiedName;

    public IReadOnlyList<string> FromRoles => Split(Spec.FromRoles);

    public IReadOnlyList<string> ToRoles => Split(Spec.ToRoles);

    /// <summary><c>25</c> or <c>1024-65535</c>.</summary>
    public string Ports => PortText.Of(Spec.Port, Spec.LastPort);

    public bool Contains(int port) => port >= Spec.Port && port <= Spec.LastPort;

    /// <summary>
    /// The ends as role keys where the catalog has them (<c>Mailbox → Edge</c>), else as written; plain output and
    /// scripts ask for an ASCII <paramref name="arrow"/>, <c>-></c>, which every code page reads.
    /// </summary>
    public string Route(string arrow = "→") =>
        FromRoles.Count > 0 || ToRoles.Count > 0
            ? string.Join("/", FromRoles) + " " + arrow + " " + string.Join("/", ToRoles)
            : PortText.Route(Spec.From, Spec.To).Replace("→", arrow, StringComparison.Ordinal);

    private static string[] Split(string roles) =>
        roles.Length == 0 ? [] : roles.Split(RoleText.Separator, StringSplitOptions.RemoveEmptyEntries);
}
