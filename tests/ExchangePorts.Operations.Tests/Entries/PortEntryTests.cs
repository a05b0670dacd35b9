using System;
using System.Linq;
using ExchangePorts.Generators.Data;
using ExchangePorts.Operations.Tests.Infrastructure;
using Xunit;

namespace ExchangePorts.Operations.Tests.Entries;

/// <summary>One entry type, built once from the reader's spec in the one order of an entry's fields.</summary>
public class PortEntryTests
{
    [Fact]
    public void The_definition_s_constructor_takes_the_fields_in_EntryField_order()
    {
        var parameters = typeof(PortCatalog.PortDefinition).GetConstructors().Single(c => c.GetParameters().Length == EntryFields.Count).GetParameters();
        Assert.Equal(
            Enumerable.Range(0, EntryFields.Count).Select(i => EntryFields.ParameterOf((EntryField)i)),
            parameters.Select(p => p.Name));
    }

    [Fact]
    public void Every_field_reaches_the_definition_unchanged()
    {
        var entry = Catalogs.Csv("Grp,Nm,1024-1030,tcp/udp,A side,B side,Mailbox,Edge,Svc,TLS,Desc,https://example.org/s,Notes here").Entries.Single();
        var spec = entry.Spec;
        var definition = entry.Definition;
        Assert.Equal(
            [spec.Group, spec.Name, spec.WrittenName, spec.Port.ToString(), spec.LastPort.ToString(), ((int)spec.Transport).ToString(), spec.From, spec.To, spec.Service, spec.Security, spec.Description, spec.Source, spec.Notes, spec.FromRoles, spec.ToRoles],
            [definition.Group, definition.Name, definition.WrittenName, definition.Port.ToString(), definition.LastPort.ToString(), ((int)definition.Transport).ToString(), definition.From, definition.To, definition.Service, definition.Security, definition.Description, definition.Source, definition.Notes, definition.FromRoles, definition.ToRoles]);
        Assert.Equal(["Grp", "Nm", "1024", "1030", "Mailbox", "Edge", "Desc", "Notes here"], [definition.Group, definition.Name, definition.Port.ToString(), definition.LastPort.ToString(), definition.FromRoles, definition.ToRoles, definition.Description, definition.Notes]);
        Assert.Same(definition, entry.Definition);
    }

    [Fact]
    public void Roles_route_and_names_come_from_the_spec()
    {
        var entry = Catalogs.Csv("Grp,Nm,25,tcp,a,b,Mailbox/Edge,Internet,SMTP,,,,").Entries.Single();
        Assert.Equal(["Mailbox", "Edge"], entry.FromRoles);
        Assert.Equal(["Internet"], entry.ToRoles);
        Assert.Equal("Mailbox/Edge -> Internet", entry.Route("->"));
        Assert.Equal("Grp.Nm", entry.QualifiedName);
        Assert.EndsWith(".Grp.Nm", entry.FullName, StringComparison.Ordinal);
    }
}
