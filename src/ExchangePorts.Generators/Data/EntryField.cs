using System;
using ExchangePorts.Generators.Model;
using ExchangePorts.Generators.Naming;

namespace ExchangePorts.Generators.Data;

/// <summary>
/// The fields of a catalog entry, in the one order everything uses: the <see cref="PortEntrySpec"/> record,
/// the constructor of the generated <c>PortDefinition</c>, and the numbers each entry is written as in
/// <see cref="CatalogDataFormat"/> (by the writer, the analyzer's reader and the emitted decoder).
/// </summary>
internal enum EntryField
{
    Group,
    Name,
    WrittenName,
    Port,
    LastPort,
    Transport,
    From,
    To,
    Service,
    Security,
    Description,
    Source,
    Notes,
    FromRoles,
    ToRoles,
}

/// <summary>How a field is written in the data and typed in <c>PortDefinition</c>.</summary>
internal enum EntryFieldKind
{
    /// <summary>A string, written as the index of the string in the data's string table.</summary>
    Text,

    /// <summary>A port number, written as it is.</summary>
    Port,

    /// <summary>The <c>PortTransport</c> flags, written as their number.</summary>
    Transport,
}

internal static class EntryFields
{
    public const int Count = (int)EntryField.ToRoles + 1;

    /// <summary>Each field's kind, by <see cref="EntryField"/>.</summary>
    private static readonly EntryFieldKind[] Kinds = CreateKinds();

    public static EntryFieldKind KindOf(EntryField field) => Kinds[(int)field];

    /// <summary>The property of <c>PortDefinition</c> (and of <see cref="PortEntrySpec"/>): the enum's name.</summary>
    public static string PropertyOf(EntryField field) => field.ToString();

    /// <summary>The constructor parameter: the property's name in camelCase.</summary>
    public static string ParameterOf(EntryField field)
    {
        var property = PropertyOf(field);
        return char.ToLowerInvariant(property[0]) + property.Substring(1);
    }

    /// <summary>The parameter's C# type in generated code.</summary>
    public static string TypeOf(EntryField field) => KindOf(field) switch
    {
        EntryFieldKind.Text => "string",
        EntryFieldKind.Port => "int",
        _ => TypeNames.GlobalTransport,
    };

    /// <summary>The doc comment of the field's property in the generated <c>PortDefinition</c>.</summary>
    public static string SummaryOf(EntryField field) => field switch
    {
        EntryField.Group => "The group (data path) the entry belongs to, as its C# name, e.g. <c>HubToEdge</c>; empty in a catalog without groups.",
        EntryField.Name => "The entry's C# name within its group, e.g. <c>Smtp</c> or <c>MsSqlS</c>.",
        EntryField.WrittenName => "The entry's name as the catalog writes it, e.g. <c>ms-sql-s</c>; <c>TryGet</c> finds it by this name too.",
        EntryField.Port => "The port number, from 1 to 65535; for a range, its first port.",
        EntryField.LastPort => "The last port of a range, such as 65535 in 1024-65535; <see cref=\"Port\"/> again for a single port.",
        EntryField.Transport => "The transport protocols used on the port.",
        EntryField.From => "The role or system the traffic comes from; empty when the catalog does not say.",
        EntryField.To => "The role or system the traffic goes to; empty when the catalog does not say.",
        EntryField.Service => "The service or protocol on the port, e.g. SMTP; empty when the catalog does not say.",
        EntryField.Security => "How the traffic is secured as published, e.g. TLS or No SSL; empty when the catalog does not say.",
        EntryField.Description => "What the port is for; empty when the catalog does not say.",
        EntryField.Source => "Where the entry comes from: a URL or a citation; empty when the catalog does not say.",
        EntryField.Notes => "Remarks on the entry, such as where sources disagree; empty when there are none.",
        EntryField.FromRoles => "The roles the traffic comes from, as short keys joined by '/', e.g. <c>Mailbox/Edge</c>; empty when the catalog does not say.",
        EntryField.ToRoles => "The roles the traffic goes to, as short keys joined by '/', e.g. <c>Edge</c>; empty when the catalog does not say.",
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };

    /// <summary>The number an entry's field is written as; <paramref name="indexOf"/> gives a string's index.</summary>
    public static int Write(PortEntrySpec entry, EntryField field, Func<string, int> indexOf) => field switch
    {
        EntryField.Group => indexOf(entry.Group),
        EntryField.Name => indexOf(entry.Name),
        EntryField.WrittenName => indexOf(entry.WrittenName),
        EntryField.Port => entry.Port,
        EntryField.LastPort => entry.LastPort,
        EntryField.Transport => (int)entry.Transport,
        EntryField.From => indexOf(entry.From),
        EntryField.To => indexOf(entry.To),
        EntryField.Service => indexOf(entry.Service),
        EntryField.Security => indexOf(entry.Security),
        EntryField.Description => indexOf(entry.Description),
        EntryField.Source => indexOf(entry.Source),
        EntryField.Notes => indexOf(entry.Notes),
        EntryField.FromRoles => indexOf(entry.FromRoles),
        EntryField.ToRoles => indexOf(entry.ToRoles),
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };

    /// <summary>An entry from its written numbers (by <see cref="EntryField"/>) and the data's strings.</summary>
    public static PortEntrySpec Read(int[] fields, string[] strings)
    {
        string Text(EntryField field) => strings[fields[(int)field]];
        int Number(EntryField field) => fields[(int)field];
        return new PortEntrySpec(
            Text(EntryField.Group),
            Text(EntryField.Name),
            Text(EntryField.WrittenName),
            Number(EntryField.Port),
            Number(EntryField.LastPort),
            (PortTransport)Number(EntryField.Transport),
            Text(EntryField.From),
            Text(EntryField.To),
            Text(EntryField.Service),
            Text(EntryField.Security),
            Text(EntryField.Description),
            Text(EntryField.Source),
            Text(EntryField.Notes),
            Text(EntryField.FromRoles),
            Text(EntryField.ToRoles));
    }

    /// <summary>
    /// The arguments of the emitted decoder's <c>new PortDefinition(…)</c>, each field read from the entry's
    /// numbers <c>f</c> and the data's <c>strings</c>, in constructor order.
    /// </summary>
    public static string DecoderArguments()
    {
        var arguments = new string[Count];
        for (var i = 0; i < Count; i++)
        {
            arguments[i] = KindOf((EntryField)i) switch
            {
                EntryFieldKind.Text => "strings[f[" + i + "]]",
                EntryFieldKind.Port => "f[" + i + "]",
                _ => "(" + TypeNames.GlobalTransport + ")f[" + i + "]",
            };
        }

        return string.Join(", ", arguments);
    }

    private static EntryFieldKind[] CreateKinds()
    {
        var kinds = new EntryFieldKind[Count];
        kinds[(int)EntryField.Port] = EntryFieldKind.Port;
        kinds[(int)EntryField.LastPort] = EntryFieldKind.Port;
        kinds[(int)EntryField.Transport] = EntryFieldKind.Transport;
        return kinds;
    }
}
