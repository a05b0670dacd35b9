using System;
using System.Collections.Generic;
using ExchangePorts.Generators.Common;
using ExchangePorts.Generators.Diagnostics;
using ExchangePorts.Generators.Model;
using ExchangePorts.Generators.Naming;

namespace ExchangePorts.Generators.Catalog;

/// <summary>
/// A row of the same name on the same ports as an entry (IANA's tcp and udp rows of a service): it is that entry on
/// another transport, found by every name its rows write (z39-50 and z39.50). Text of the row that differs is
/// dropped, and said so (EXP1023): two catalogs' rows in one file would merge silently otherwise.
/// </summary>
internal static class RowMerge
{
    public static void Merge(
        int index,
        CatalogRow row,
        CatalogCell nameCell,
        PortTransport transport,
        string fromRoles,
        string toRoles,
        bool isOwn,
        List<PortEntrySpec> entries,
        List<OtherWrittenName> otherWrittenNames,
        CatalogDiagnosticSink sink,
        string entryLine)
    {
        var differing = DifferingText(entries[index], row, fromRoles, toRoles);
        if (differing.Count > 0)
        {
            sink.Report(
                CatalogDiagnostics.RowMerged,
                nameCell.Span,
                isOwn ? RuleSeverity.Warning : RuleSeverity.Info,
                nameCell.Value.Trim(),
                GeneratedMembers.QualifiedName(entries[index].Group, entries[index].Name),
                entryLine,
                string.Join(", ", differing),
                isOwn ? "; give the row a name of its own to keep it" : string.Empty);
        }

        entries[index] = entries[index] with { Transport = entries[index].Transport | transport };
        AddWrittenName(index, nameCell.Value.Trim(), entries, otherWrittenNames);
    }

    /// <summary>The text columns in which a row merged into an entry says something else than the entry.</summary>
    private static List<string> DifferingText(PortEntrySpec entry, CatalogRow row, string fromRoles, string toRoles)
    {
        var differing = new List<string>();
        void Compare(string kept, string dropped, CatalogColumn column)
        {
            if (!string.Equals(kept, dropped, StringComparison.Ordinal))
            {
                differing.Add(CatalogColumns.HeaderName(column));
            }
        }

        Compare(entry.From, row.ValueOf(CatalogColumn.From), CatalogColumn.From);
        Compare(entry.To, row.ValueOf(CatalogColumn.To), CatalogColumn.To);
        Compare(entry.FromRoles, fromRoles, CatalogColumn.FromRoles);
        Compare(entry.ToRoles, toRoles, CatalogColumn.ToRoles);
        Compare(entry.Service, row.ValueOf(CatalogColumn.Service), CatalogColumn.Service);
        Compare(entry.Security, row.ValueOf(CatalogColumn.Security), CatalogColumn.Security);
        Compare(entry.Description, row.ValueOf(CatalogColumn.Description), CatalogColumn.Description);
        Compare(entry.Source, row.ValueOf(CatalogColumn.Source), CatalogColumn.Source);
        Compare(entry.Notes, row.ValueOf(CatalogColumn.Notes), CatalogColumn.Notes);
        return differing;
    }

    /// <summary>Keeps a merged row's name when TryGet would not already find the entry by it.</summary>
    private static void AddWrittenName(int entry, string writtenName, List<PortEntrySpec> entries, List<OtherWrittenName> otherWrittenNames)
    {
        var merged = entries[entry];
        if (string.Equals(writtenName, merged.WrittenName, StringComparison.OrdinalIgnoreCase) ||
            string.Equals(writtenName, merged.Name, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        foreach (var other in otherWrittenNames)
        {
            if (other.Entry == entry && string.Equals(other.Name, writtenName, StringComparison.OrdinalIgnoreCase))
            {
                return;
            }
        }

        otherWrittenNames.Add(new OtherWrittenName(entry, writtenName));
    }
}
