using System;
using System.Collections.Generic;
using ExchangePorts.Generators.Model;
using ExchangePorts.Generators.Naming;

namespace ExchangePorts.Operations.Entries;

/// <summary>
/// One entry of a loaded catalog: the one type every planner, writer and front end holds. It carries the entry as the
/// reader parsed it (<see cref="Spec"/>), the catalog class it belongs to (<c>Exchange2019Ports</c>), and the same entry
/// as generated code and the probe library type it (<see cref="Definition"/>), built once.
/// </summary>
internal sealed class PortEntry
{
    private static readonly string[] NoRoles = [];

    /// <param name="catalog">The catalog class: <c>Exchange2019Ports</c>.</param>
    /// <param name="spec">The entry as the reader parsed it.</param>
    /// <param name="otherWrittenNames">The names of rows merged into it besides its own (<c>z39.50</c> beside <c>z39-50</c>).</param>
    /// <param name="roles">The spelling of each role key across the catalogs read together; as written when null.</param>
    public PortEntry(string catalog, PortEntrySpec spec, IReadOnlyList<string> otherWrittenNames, RoleSpellings? roles = null)
    {
        Catalog = catalog;
        Spec = spec;
        OtherWrittenNames = otherWrittenNames;
        FromRoles = Split(spec.FromRoles, roles);
        ToRoles = Split(spec.ToRoles, roles);
        Definition = ToDefinition(spec);
    }

    public string Catalog { get; }

    public PortEntrySpec Spec { get; }

    public IReadOnlyList<string> OtherWrittenNames { get; }

    /// <summary>The entry as <c>PortCatalog.PortDefinition</c>, the type generated catalogs and the probe library use.</summary>
    public PortCatalog.PortDefinition Definition { get; }

    /// <summary><c>Group.Name</c>, or the name alone in a catalog without groups.</summary>
    public string QualifiedName => GeneratedMembers.QualifiedName(Spec.Group, Spec.Name);

    /// <summary><c>Exchange2019Ports.EdgeSync.SecureLdap</c>: the constant as C# code names it.</summary>
    public string FullName => Catalog + "." + QualifiedName;

    public IReadOnlyList<string> FromRoles { get; }

    public IReadOnlyList<string> ToRoles { get; }

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
            : PortText.Route(Spec.From, Spec.To).Replace("→", arrow);

    /// <summary>
    /// The fields in the one order of the generator's <c>EntryField</c>, which is also the order of the generated
    /// constructor's parameters (PortEntryTests checks the two agree).
    /// </summary>
    private static PortCatalog.PortDefinition ToDefinition(PortEntrySpec e) =>
        new(e.Group, e.Name, e.WrittenName, e.Port, e.LastPort, (PortCatalog.PortTransport)(int)e.Transport, e.From, e.To, e.Service, e.Security, e.Description, e.Source, e.Notes, e.FromRoles, e.ToRoles);

    private static IReadOnlyList<string> Split(string text, RoleSpellings? roles)
    {
        if (text.Length == 0)
        {
            return NoRoles;
        }

        var split = text.Split(new[] { RoleText.Separator }, StringSplitOptions.RemoveEmptyEntries);
        var spelled = new List<string>(split.Length);
        foreach (var role in split)
        {
            var spelling = roles is null ? role : roles.Of(role);
            if (!spelled.Contains(spelling))
            {
                spelled.Add(spelling);
            }
        }

        return spelled;
    }
}
