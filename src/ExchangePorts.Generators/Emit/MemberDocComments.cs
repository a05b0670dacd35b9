using System.Collections.Generic;
using ExchangePorts.Generators.Model;
using ExchangePorts.Generators.Naming;

namespace ExchangePorts.Generators.Emit;

/// <summary>The doc comments of a catalog's members: what a tooltip shows, in full or in brief.</summary>
internal static class MemberDocComments
{
    // Past this many entries a group's summary stops listing them: a tooltip is not a table.
    private const int MaxEntriesListedInGroupSummary = 12;

    private const int EntriesPerSummaryLine = 2;

    /// <summary>Appends <c>25/TCP</c> or <c>1024-65535/UDP</c> (the form of <see cref="PortText"/>) without a string of it first.</summary>
    private static SourceWriter AppendPorts(SourceWriter w, PortEntrySpec entry)
    {
        w.Append(entry.Port);
        if (entry.IsRange)
        {
            w.Append(PortText.RangeSeparator).Append(entry.LastPort);
        }

        // A registry may leave the transport blank: then the port stands alone.
        return entry.Transport == PortTransport.None ? w : w.Append('/').Append(PortTransportText.Of(entry.Transport));
    }

    /// <summary>
    /// The summary of an entry's constant (or range class), in the catalog's documentation style.
    /// <paramref name="sourceParagraphs"/> keeps each source's paragraph, written once per catalog.
    /// </summary>
    public static void WriteEntrySummary(SourceWriter w, CatalogSpec spec, PortEntrySpec entry, Dictionary<string, string> sourceParagraphs)
    {
        if (spec.Documentation == CatalogDocumentation.Brief)
        {
            WriteBriefEntrySummary(w, entry);
        }
        else
        {
            WriteFullEntrySummary(w, entry, sourceParagraphs);
        }
    }

    /// <summary>What someone hovering over a constant needs: port, service, route, security, then the details.</summary>
    private static void WriteFullEntrySummary(SourceWriter w, PortEntrySpec entry, Dictionary<string, string> sourceParagraphs)
    {
        string? source = null;
        if (entry.Source.Length > 0 && !sourceParagraphs.TryGetValue(entry.Source, out source))
        {
            var escaped = XmlDocText.Escape(entry.Source);
            source = "Source: " + (XmlDocText.IsWebAddress(entry.Source) ? "<see href=\"" + escaped + "\">" + escaped + "</see>" : escaped);
            sourceParagraphs.Add(entry.Source, source);
        }

        // One paragraph is written bare, several each in <para>, as WriteSummary does.
        var inParagraphs = entry.Description.Length > 0 || entry.Notes.Length > 0 || source is not null;
        w.WriteLine("/// <summary>");
        AppendEntryHeading(StartParagraph(w, inParagraphs), entry);
        EndParagraph(w, inParagraphs);
        if (entry.Description.Length > 0)
        {
            StartParagraph(w, inParagraphs).Append(XmlDocText.Escape(entry.Description));
            EndParagraph(w, inParagraphs);
        }

        if (entry.Notes.Length > 0)
        {
            StartParagraph(w, inParagraphs).Append("Note: ").Append(XmlDocText.Escape(entry.Notes));
            EndParagraph(w, inParagraphs);
        }

        if (source is not null)
        {
            StartParagraph(w, inParagraphs).Append(source);
            EndParagraph(w, inParagraphs);
        }

        w.WriteLine("/// </summary>");
    }

    /// <summary>The brief form: the heading and the description on one line, no notes, source or paragraphs.</summary>
    private static void WriteBriefEntrySummary(SourceWriter w, PortEntrySpec entry)
    {
        AppendEntryHeading(w.StartLine().Append("/// <summary>"), entry);
        if (entry.Description.Length > 0)
        {
            w.Append(' ').Append(XmlDocText.Escape(entry.Description));
        }

        w.Append("</summary>").EndLine();
    }

    /// <summary>Port and transport, service, route, security: <c>Port 25/TCP: SMTP, Hub → Edge. Security: TLS.</c></summary>
    private static void AppendEntryHeading(SourceWriter w, PortEntrySpec entry)
    {
        AppendPorts(w.Append(entry.IsRange ? "Ports " : "Port "), entry);
        if (entry.Service.Length > 0)
        {
            w.Append(": ").Append(XmlDocText.Escape(entry.Service));
        }

        AppendRoute(w, entry, ", ");
        w.Append('.');
        if (entry.Security.Length > 0)
        {
            w.Append(" Security: ").Append(XmlDocText.Escape(entry.Security)).Append('.');
        }
    }

    /// <summary>A group reads as its data path: the description or route its entries share, then what it holds.</summary>
    public static void WriteGroupSummary(SourceWriter w, CatalogSpec spec, GroupSpec group)
    {
        if (spec.Documentation == CatalogDocumentation.Brief)
        {
            // No list of the ports: each is a cref, which the compiler binds.
            AppendGroupHeading(w.StartLine().Append("/// <summary>"), spec, group);
            w.Append("</summary>").EndLine();
            return;
        }

        w.WriteLine("/// <summary>");
        AppendGroupHeading(StartParagraph(w, true), spec, group);
        EndParagraph(w, true);
        var indexes = group.EntryIndexes;
        StartParagraph(w, true).Append("Ports: ");
        var listed = System.Math.Min(indexes.Count, MaxEntriesListedInGroupSummary);
        for (var i = 0; i < listed; i++)
        {
            var entry = spec.Entries[indexes[i]];
            if (i > 0)
            {
                w.Append(',');

                // A few to a line, written so rather than wrapped afterwards (a copy of every group's line).
                if (i % EntriesPerSummaryLine == 0)
                {
                    w.EndLine();
                    w.StartLine().Append("/// ");
                }
                else
                {
                    w.Append(' ');
                }
            }

            AppendPorts(w.Append("<see cref=\"").Append(entry.Name).Append("\"/> "), entry);
        }

        if (indexes.Count > MaxEntriesListedInGroupSummary)
        {
            w.Append(" and ").Append(indexes.Count - MaxEntriesListedInGroupSummary).Append(" more");
        }

        w.Append('.');
        EndParagraph(w, true);
        w.WriteLine("/// </summary>");
    }

    /// <summary>The group's first line: the description or the route its entries share, else which group it is.</summary>
    private static void AppendGroupHeading(SourceWriter w, CatalogSpec spec, GroupSpec group)
    {
        var first = spec.Entries[group.EntryIndexes[0]];
        var sameDescription = first.Description.Length > 0;
        var sameRoute = first.From.Length > 0 || first.To.Length > 0;
        foreach (var index in group.EntryIndexes)
        {
            var entry = spec.Entries[index];
            sameDescription &= entry.Description == first.Description;
            sameRoute &= entry.From == first.From && entry.To == first.To;
        }

        if (sameDescription)
        {
            w.Append(XmlDocText.Escape(first.Description));
        }
        else if (sameRoute)
        {
            AppendRoute(w, first, string.Empty);
        }
        else
        {
            w.Append("The group <c>").Append(group.Name).Append("</c> of the catalog ").Append(XmlDocText.Escape(spec.CatalogName)).Append('.');
        }
    }

    /// <summary>Appends the entry's route (<c>A → B</c>, <c>from A</c>, <c>to B</c>) after <paramref name="separator"/>, when it has one.</summary>
    private static void AppendRoute(SourceWriter w, PortEntrySpec entry, string separator)
    {
        var route = PortText.Route(entry.From, entry.To);
        if (route.Length > 0)
        {
            w.Append(separator).Append(XmlDocText.Escape(route));
        }
    }

    private static SourceWriter StartParagraph(SourceWriter w, bool inParagraphs) =>
        w.StartLine().Append(inParagraphs ? "/// <para>" : "/// ");

    private static void EndParagraph(SourceWriter w, bool inParagraphs)
    {
        if (inParagraphs)
        {
            w.Append("</para>");
        }

        w.EndLine();
    }

    /// <summary>A summary of one paragraph written bare, or of several each in <c>&lt;para&gt;</c>.</summary>
    public static void WriteSummary(SourceWriter w, params string[] paragraphs)
    {
        w.WriteLine("/// <summary>");
        foreach (var paragraph in paragraphs)
        {
            StartParagraph(w, paragraphs.Length > 1).Append(paragraph);
            EndParagraph(w, paragraphs.Length > 1);
        }

        w.WriteLine("/// </summary>");
    }
}
