using System.Globalization;
using ExchangePorts.Generators.Data;
using ExchangePorts.Generators.Model;
using ExchangePorts.Generators.Naming;

namespace ExchangePorts.Generators.Emit;

/// <summary>
/// Writes the types every catalog class shares, once per compilation: the entry types
/// (<c>PortDefinition</c>, <c>PortTransport</c>), public as soon as one catalog is, unless a referenced
/// assembly already provides them; and the plumbing (the catalog attribute and the decoder), always
/// internal, since no public signature shows it.
/// </summary>
internal static class SharedTypesEmitter
{
    public const string EntryTypesHintName = TypeNames.Namespace + ".SharedTypes.g.cs";
    public const string CatalogClassAttributeHintName = TypeNames.Namespace + "." + TypeNames.CatalogClassAttribute + ".g.cs";
    public const string DataHintName = TypeNames.Namespace + "." + TypeNames.Data + ".g.cs";

    /// <summary><c>PortTransport</c> and <c>PortDefinition</c>, the types a catalog's public members show.</summary>
    public static string EmitEntryTypes(bool isPublic, bool nullableAnnotations)
    {
        var visibility = isPublic ? "public" : "internal";
        var w = new SourceWriter();
        GeneratedFileHeader.Write(w, "The types shared by every port catalog class that " + GeneratorInfo.Name + " writes.", nullableAnnotations);
        w.WriteLine();
        w.WriteLine("namespace " + TypeNames.Namespace);
        w.OpenBlock();

        w.WriteLine("/// <summary>The transport protocols a port is used with.</summary>");
        w.WriteLine("[global::System.Flags]");
        w.WriteLine(GeneratorInfo.GeneratedCodeAttribute);
        w.WriteLine(visibility + " enum " + TypeNames.Transport);
        w.OpenBlock();
        w.WriteLine("/// <summary>None stated: the catalog leaves the transport blank.</summary>");
        w.WriteLine("None = 0,");
        foreach (var (transport, _, display) in PortTransportText.All)
        {
            w.WriteLine();
            w.WriteLine("/// <summary>" + display + ".</summary>");
            w.StartLine().Append(transport.ToString()).Append(" = ").Append((int)transport).Append(',').EndLine();
        }

        w.CloseBlock();
        w.WriteLine();

        w.WriteLine("/// <summary>One entry of a port catalog: a port of a data path, with what is known about it.</summary>");
        w.WriteLine(GeneratorInfo.GeneratedCodeAttribute);
        w.WriteLine(visibility + " sealed class " + TypeNames.Definition);
        w.OpenBlock();
        w.WriteLine("/// <summary>Creates a catalog entry. Generated catalogs create every entry they list; other code rarely needs to.</summary>");
        w.StartLine().Append("public ").Append(TypeNames.Definition).Append('(');
        for (var i = 0; i < EntryFields.Count; i++)
        {
            w.Append(i == 0 ? string.Empty : ", ").Append(EntryFields.TypeOf((EntryField)i)).Append(' ').Append(EntryFields.ParameterOf((EntryField)i));
        }

        w.Append(')').EndLine();
        w.OpenBlock();
        for (var i = 0; i < EntryFields.Count; i++)
        {
            w.WriteLine(EntryFields.PropertyOf((EntryField)i) + " = " + EntryFields.ParameterOf((EntryField)i) + ";");
        }

        w.WriteLine("QualifiedName = group.Length == 0 ? name : group + \".\" + name;");
        w.CloseBlock();
        w.WriteLine();

        for (var i = 0; i < EntryFields.Count; i++)
        {
            var field = (EntryField)i;
            WriteProperty(w, EntryFields.TypeOf(field), EntryFields.PropertyOf(field), EntryFields.SummaryOf(field));
            if (field == EntryField.WrittenName)
            {
                WriteProperty(w, "string", "QualifiedName", "<c>Group.Name</c>, e.g. <c>HubToEdge.Smtp</c>, or the name alone in a catalog without groups: the name <c>TryGet</c> looks up.");
            }
            else if (field == EntryField.LastPort)
            {
                w.WriteLine("/// <summary>True when the entry is a range of ports rather than one port.</summary>");
                w.WriteLine("public bool IsRange => LastPort != Port;");
                w.WriteLine();
                w.WriteLine("/// <summary>Whether <paramref name=\"port\"/> is the entry's port or inside its range.</summary>");
                w.WriteLine("/// <param name=\"port\">A port number.</param>");
                w.WriteLine("public bool Contains(int port) => port >= Port && port <= LastPort;");
                w.WriteLine();
            }
        }

        w.WriteLine("/// <summary>The entry as <c>Group.Name port/TRANSPORTS</c>, e.g. <c>HubToEdge.Smtp 25/TCP</c> or <c>UnifiedMessaging.Rtp 1024-65535/UDP</c>.</summary>");
        w.WriteLine("public override string ToString()");
        w.OpenBlock();
        w.WriteLine("string transport = string.Empty;");
        foreach (var (transport, _, display) in PortTransportText.All)
        {
            w.WriteLine("if ((Transport & " + TypeNames.GlobalTransport + "." + transport + ") != 0) transport += \"/" + display + "\";");
        }

        w.WriteLine("string ports = Port.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + (IsRange ? \"" + PortText.RangeSeparator + "\" + LastPort.ToString(global::System.Globalization.CultureInfo.InvariantCulture) : \"\");");
        w.WriteLine("return QualifiedName + \" \" + ports + transport;");
        w.CloseBlock();
        w.CloseBlock();

        w.CloseBlock();
        return w.ToString();
    }

    /// <summary>The assembly attribute that lists each generated catalog class; internal to each assembly.</summary>
    public static string EmitCatalogClassAttribute(bool nullableAnnotations)
    {
        var w = new SourceWriter();
        GeneratedFileHeader.Write(w, "Names each port catalog class that " + GeneratorInfo.Name + " writes in this assembly.", nullableAnnotations);
        w.WriteLine();
        w.WriteLine("namespace " + TypeNames.Namespace);
        w.OpenBlock();
        w.WriteLine("/// <summary>Infrastructure of the generated port catalogs, not for direct use: names a catalog class and carries its entries, so tools (such as the hardcoded-port analyzer) find and describe them without searching.</summary>");
        w.WriteLine("[global::System.AttributeUsage(global::System.AttributeTargets.Assembly, AllowMultiple = true)]");
        w.WriteLine("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        w.WriteLine(GeneratorInfo.GeneratedCodeAttribute);
        w.WriteLine("internal sealed class " + TypeNames.CatalogClassAttribute + " : global::System.Attribute");
        w.OpenBlock();
        w.WriteLine("/// <summary>Names the generated catalog class and its entries.</summary>");
        w.WriteLine("public " + TypeNames.CatalogClassAttribute + "(global::System.Type catalog, string data)");
        w.OpenBlock();
        w.WriteLine("Catalog = catalog;");
        w.WriteLine("Data = data;");
        w.CloseBlock();
        w.WriteLine();
        w.WriteLine("/// <summary>The generated catalog class.</summary>");
        w.WriteLine("public global::System.Type Catalog { get; }");
        w.WriteLine();
        w.WriteLine("/// <summary>The catalog's entries in the generator's compact text format.</summary>");
        w.WriteLine("public string Data { get; }");
        w.WriteLine();
        w.WriteLine("/// <summary>False when the hardcoded-port analyzer ignores this catalog (item metadata <c>PortAnalyzer=\"false\"</c>).</summary>");
        w.WriteLine("public bool " + TypeNames.AnalyzedProperty + " { get; set; } = true;");
        w.CloseBlock();
        w.CloseBlock();
        return w.ToString();
    }

    /// <summary>The decoder every catalog class uses, written without nullable annotations so that C# 7.3 compiles it.</summary>
    public static string EmitData()
    {
        var w = new SourceWriter();
        GeneratedFileHeader.Write(w, "Decodes the entries of the port catalog classes that " + GeneratorInfo.Name + " writes.", nullableAnnotations: false);
        w.WriteLine();
        // One generated file from the two halves of the class (each small enough to read as a file).
        // The data's layout comes from the one definition the writer and the analyzer's reader use too.
        var decoder = RuntimeSource.Read(TypeNames.Data + ".cs")
            .Replace("/*FormatVersion*/0", CatalogDataFormat.Version.ToString(CultureInfo.InvariantCulture))
            .Replace("/*FieldsPerEntry*/0", EntryFields.Count.ToString(CultureInfo.InvariantCulture))
            .Replace("/*EntryArguments*/", EntryFields.DecoderArguments());
        return w.ToString() + decoder + "\n" + RuntimeSource.Read(TypeNames.Data + ".Names.cs");
    }

    private static void WriteProperty(SourceWriter w, string type, string name, string summary)
    {
        w.WriteLine("/// <summary>" + summary + "</summary>");
        w.WriteLine("public " + type + " " + name + " { get; }");
        w.WriteLine();
    }
}
