using System;
using System.Collections.Generic;
using System.Globalization;
using ExchangePorts.Generators.Common;
using ExchangePorts.Generators.Diagnostics;
using ExchangePorts.Generators.Model;
using ExchangePorts.Generators.Naming;

namespace ExchangePorts.Generators.Catalog;

/// <summary>
/// Validates catalog rows, whatever format they were read from, and builds the spec of the valid ones.
/// A bad row is reported and skipped, so one typo does not take the whole class away.
/// </summary>
internal static class CatalogBuilder
{
    public static CatalogSpec Build(CatalogOptions options, CatalogDocument document, CatalogDiagnosticSink sink)
    {
        var entries = new List<PortEntrySpec>();
        var otherWrittenNames = new List<OtherWrittenName>();
        var groups = new List<GroupBuilder>();
        var groupsByName = new Dictionary<string, GroupBuilder>(StringComparer.OrdinalIgnoreCase);
        // TryGet compares ignoring case, so names that differ only in case are the same name. Positions, not
        // lines: a line number is only needed for a message, and looking it up costs a search.
        var entriesByName = new Dictionary<string, (int Index, int Position)>(StringComparer.OrdinalIgnoreCase);

        // A catalog without groups puts its constants on the class itself; it cannot mix the two.
        var flat = !document.HasGroups;

        // Rows of a group usually follow each other: its identifier is worked out once per run of rows.
        string? previousGroupValue = null;
        string? previousGroup = null;
        var skippedRegistryRows = 0;

        foreach (var row in document.Rows)
        {
            if (row.HasErrors)
            {
                continue;
            }

            // The registry lists its reserved and unassigned ports, and names without a port: not entries.
            if (document.IsRegistry && (row.ValueOf(CatalogColumn.Name).Trim().Length == 0 || row.ValueOf(CatalogColumn.Port).Trim().Length == 0))
            {
                skippedRegistryRows++;
                continue;
            }

            string? group;
            if (flat)
            {
                group = string.Empty;
            }
            else if (row[CatalogColumn.Group] is not { } groupCellOfRow)
            {
                sink.Report(CatalogDiagnostics.MissingRequiredColumn, row.Span, "entry", "group", "property, though other entries of the catalog have one");
                continue;
            }
            else
            {
                group = previousGroup is not null && groupCellOfRow.Value == previousGroupValue
                    ? previousGroup
                    : ReadIdentifier(row, CatalogColumn.Group, sink);
                if (group is not null)
                {
                    (previousGroupValue, previousGroup) = (groupCellOfRow.Value, group);
                }
            }

            var name = ReadIdentifier(row, CatalogColumn.Name, sink);
            var ports = ReadPorts(row, sink);
            var transport = document.IsRegistry && row.ValueOf(CatalogColumn.Transport).Trim().Length == 0
                ? PortTransport.None
                : ReadValue<PortTransport>(row, CatalogColumn.Transport, TryParseTransport, CatalogDiagnostics.UnknownTransport, sink);
            var fromRoles = ReadRoles(row, CatalogColumn.FromRoles, sink);
            var toRoles = ReadRoles(row, CatalogColumn.ToRoles, sink);
            if (group is null || name is null || ports is null || transport is null || fromRoles is null || toRoles is null)
            {
                continue;
            }

            var groupName = group;
            var nameCell = row[CatalogColumn.Name]!.Value;
            GroupBuilder? existingGroup = null;
            if (!flat)
            {
                var groupCell = row[CatalogColumn.Group]!.Value;
                if (ReservedRootName(groupName, options.ClassName) is { } reservedGroup)
                {
                    sink.Report(CatalogDiagnostics.ReservedName, groupCell.Span, "group", groupCell.Value, reservedGroup);
                    continue;
                }

                if (groupsByName.TryGetValue(groupName, out existingGroup) && existingGroup.Name != groupName)
                {
                    sink.Report(
                        CatalogDiagnostics.DuplicateName,
                        groupCell.Span,
                        "group",
                        groupCell.Value,
                        LineOf(existingGroup.FirstPosition, sink),
                        existingGroup.Name);
                    continue;
                }
            }

            var (first, last) = ports.Value;
            var entryName = ChooseName(name, groupName, first, last, options.ClassName, entries, entriesByName, sink, out var merge, out var takenBecause);
            if (merge is { } index)
            {
                // The same service on the same ports, on another transport (IANA's tcp and udp rows): one entry.
                var isOwn = !document.IsRegistry && !options.IsLenient;
                RowMerge.Merge(index, row, nameCell, transport.Value, fromRoles, toRoles, isOwn, entries, otherWrittenNames, sink, LineOf(entriesByName[GeneratedMembers.QualifiedName(groupName, entryName)].Position, sink));
                continue;
            }

            if (takenBecause is not null)
            {
                // In the project's own catalog a name written twice is a copy-paste mistake until shown otherwise;
                // a registry (IANA's) or a third party's file has such names by design and cannot be changed.
                var isOwn = !document.IsRegistry && !options.IsLenient;
                sink.Report(
                    CatalogDiagnostics.NameTaken,
                    nameCell.Span,
                    isOwn ? RuleSeverity.Warning : RuleSeverity.Info,
                    nameCell.Value.Trim(),
                    entryName,
                    name,
                    takenBecause,
                    isOwn ? "; give it a name of its own in the catalog to choose what it is called" : string.Empty);
            }

            entriesByName.Add(GeneratedMembers.QualifiedName(groupName, entryName), (entries.Count, nameCell.Span.Start));
            if (existingGroup is null && !groupsByName.TryGetValue(groupName, out existingGroup))
            {
                existingGroup = new GroupBuilder(group, nameCell.Span.Start);
                groupsByName.Add(groupName, existingGroup);
                groups.Add(existingGroup);
            }

            existingGroup.EntryIndexes.Add(entries.Count);
            entries.Add(new PortEntrySpec(
                group,
                entryName,
                nameCell.Value.Trim(),
                first,
                last,
                transport.Value,
                row.ValueOf(CatalogColumn.From),
                row.ValueOf(CatalogColumn.To),
                row.ValueOf(CatalogColumn.Service),
                row.ValueOf(CatalogColumn.Security),
                row.ValueOf(CatalogColumn.Description),
                row.ValueOf(CatalogColumn.Source),
                row.ValueOf(CatalogColumn.Notes),
                fromRoles,
                toRoles));
        }

        if (skippedRegistryRows > 0)
        {
            sink.ReportAtFile(CatalogDiagnostics.RegistryRowsSkipped, skippedRegistryRows.ToString(CultureInfo.InvariantCulture));
        }

        var groupSpecs = new GroupSpec[groups.Count];
        for (var i = 0; i < groups.Count; i++)
        {
            groupSpecs[i] = new GroupSpec(groups[i].Name, groups[i].EntryIndexes.ToEquatableArray());
        }

        return new CatalogSpec(
            sink.FilePath,
            CatalogDiscovery.CatalogName(sink.FilePath),
            options.Namespace,
            options.ClassName,
            options.IsPublic,
            options.IsAnalyzed,
            options.Documentation,
            document.Description,
            entries.ToEquatableArray(),
            new EquatableArray<GroupSpec>(groupSpecs),
            otherWrittenNames.ToEquatableArray());
    }

    /// <summary>
    /// The entry's C# name: its identifier, unless that is taken. Taken by an entry on the same ports, the row
    /// is that entry on another transport (<paramref name="merge"/>). Taken by an entry on other ports
    /// (IANA registers http-alt on 591, 8008 and 8080), by another name that reads the same once made an
    /// identifier (z39.50 and z39-50), or by a member the class generates (All, Find, the group's own name,
    /// a range's First and Last), the port is added, <c>HttpAlt8080</c>, then a counter if need be.
    /// </summary>
    private static string ChooseName(
        string identifier,
        string groupName,
        int first,
        int last,
        string className,
        List<PortEntrySpec> entries,
        Dictionary<string, (int Index, int Position)> entriesByName,
        CatalogDiagnosticSink sink,
        out int? merge,
        out string? takenBecause)
    {
        merge = null;
        takenBecause = null;
        var candidate = identifier;
        for (var attempt = 0; ; attempt++)
        {
            string? taken = null;
            if (GeneratedMemberNamed(candidate, groupName, className, first != last) is { } member)
            {
                taken = "is the generated member " + member;
            }
            else if (entriesByName.TryGetValue(GeneratedMembers.QualifiedName(groupName, candidate), out var existing))
            {
                var entry = entries[existing.Index];
                if (entry.Port == first && entry.LastPort == last)
                {
                    merge = existing.Index;
                    return candidate;
                }

                taken = "is the entry on line " + LineOf(existing.Position, sink);
            }

            if (taken is null)
            {
                return candidate;
            }

            takenBecause ??= taken;
            candidate = identifier + first.ToString(CultureInfo.InvariantCulture) +
                (attempt == 0 ? string.Empty : "_" + (attempt + 1).ToString(CultureInfo.InvariantCulture));
        }
    }

    /// <summary>The member of the generated code an entry of this name would collide with, or null.</summary>
    private static string? GeneratedMemberNamed(string name, string groupName, string className, bool isRange)
    {
        if (isRange && Array.IndexOf(GeneratedMembers.RangeMemberNames, name) >= 0)
        {
            // A range is a nested class holding First and Last; C# forbids a member named like its class.
            return name + "." + name;
        }

        if (groupName.Length == 0)
        {
            return ReservedRootName(name, className);
        }

        return name == GeneratedMembers.All || name == groupName ? groupName + "." + name : null;
    }

    /// <summary>Parses a transport (see <see cref="PortTransportText.TryParse"/>).</summary>
    public static bool TryParseTransport(string value, out PortTransport transport) => PortTransportText.TryParse(value.Trim(), out transport);

    private static string LineOf(int position, CatalogDiagnosticSink sink) =>
        sink.LineNumberOf(position).ToString(CultureInfo.InvariantCulture);

    private static string? ReservedRootName(string groupName, string className)
    {
        if (groupName == className)
        {
            return className;
        }

        foreach (var member in GeneratedMembers.RootMemberNames)
        {
            if (groupName == member)
            {
                return className + "." + member;
            }
        }

        return null;
    }

    private static string? ReadIdentifier(CatalogRow row, CatalogColumn column, CatalogDiagnosticSink sink)
    {
        var cell = row[column]!.Value;
        if (IdentifierNaming.TryCreate(cell.Value, out var identifier, out var reason))
        {
            return identifier;
        }

        sink.Report(CatalogDiagnostics.InvalidIdentifier, cell.Span, CatalogColumns.HeaderName(column), cell.Value, reason);
        return null;
    }

    private static (int First, int Last)? ReadPorts(CatalogRow row, CatalogDiagnosticSink sink)
    {
        var cell = row[CatalogColumn.Port]!.Value;
        if (PortText.TryParse(cell.Value, out var first, out var last, out var problem))
        {
            return (first, last);
        }

        sink.Report(CatalogDiagnostics.InvalidPort, cell.Span, cell.Value, problem);
        return null;
    }

    /// <summary>
    /// Reads a roles cell: role keys (a letter, then letters or digits: <c>Mailbox</c>, <c>DomainController</c>)
    /// joined by <c>/</c> or <c>+</c>, written back joined by <c>/</c>; empty when the cell is absent or blank.
    /// </summary>
    private static string? ReadRoles(CatalogRow row, CatalogColumn column, CatalogDiagnosticSink sink)
    {
        if (row[column] is not { } cell || cell.Value.Trim().Length == 0)
        {
            return string.Empty;
        }

        if (RoleText.TryNormalize(cell.Value, out var roles, out var problem))
        {
            return roles;
        }

        sink.Report(CatalogDiagnostics.InvalidRole, cell.Span, cell.Value.Trim(), problem);
        return null;
    }

    private delegate bool TryParse<T>(string value, out T result);

    /// <summary>Parses a required cell, reporting <paramref name="invalid"/> at the cell when it does not parse.</summary>
    private static T? ReadValue<T>(CatalogRow row, CatalogColumn column, TryParse<T> parse, Rule invalid, CatalogDiagnosticSink sink)
        where T : struct
    {
        var cell = row[column]!.Value;
        if (parse(cell.Value, out var value))
        {
            return value;
        }

        sink.Report(invalid, cell.Span, cell.Value);
        return null;
    }

    private sealed class GroupBuilder(string name, int firstPosition)
    {
        public string Name { get; } = name;

        public int FirstPosition { get; } = firstPosition;

        public List<int> EntryIndexes { get; } = [];
    }
}
