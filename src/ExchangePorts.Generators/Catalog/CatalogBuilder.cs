using System;
using System.Collections.Generic;
using System.Globalization;
using ExchangePorts.Generators.Diagnostics;
using ExchangePorts.Generators.Emit;
using ExchangePorts.Generators.Model;
using Microsoft.CodeAnalysis;

namespace ExchangePorts.Generators.Catalog;

/// <summary>
/// Validates catalog rows, whatever format they were read from, and builds the spec of the valid ones.
/// A bad row is reported and skipped, so one typo does not take the whole class away.
/// </summary>
internal static class CatalogBuilder
{
    public static CatalogSpec Build(CatalogOptions options, IReadOnlyList<CatalogRow> rows, string description, CatalogDiagnosticSink sink)
    {
        var entries = new List<PortEntrySpec>();
        var groups = new List<GroupBuilder>();
        var groupsByName = new Dictionary<string, GroupBuilder>(StringComparer.OrdinalIgnoreCase);
        // TryGet compares ignoring case, so names that differ only in case would be ambiguous there.
        // Positions, not lines: a line number is only needed for a duplicate, and looking it up costs a search.
        var entryPositions = new Dictionary<string, (int Position, string Name)>(StringComparer.OrdinalIgnoreCase);

        // Rows of a group usually follow each other: its identifier is worked out once per run of rows.
        string? previousGroupValue = null;
        string? previousGroup = null;

        foreach (var row in rows)
        {
            if (row.HasErrors)
            {
                continue;
            }

            var groupValue = row[CatalogColumn.Group]!.Value.Value;
            var group = previousGroup is not null && groupValue == previousGroupValue
                ? previousGroup
                : ReadIdentifier(row, CatalogColumn.Group, sink);
            if (group is not null)
            {
                (previousGroupValue, previousGroup) = (groupValue, group);
            }

            var name = ReadIdentifier(row, CatalogColumn.Name, sink);
            var ports = ReadPorts(row, sink);
            var transport = ReadValue<PortTransport>(row, CatalogColumn.Transport, TryParseTransport, CatalogDiagnostics.UnknownTransport, sink);
            if (group is null || name is null || ports is null || transport is null)
            {
                continue;
            }

            var groupName = IdentifierNaming.Unescape(group);
            var entryName = IdentifierNaming.Unescape(name);
            var groupCell = row[CatalogColumn.Group]!.Value;
            var nameCell = row[CatalogColumn.Name]!.Value;

            if (ReservedRootName(groupName, options.ClassName) is { } reservedGroup)
            {
                sink.Report(CatalogDiagnostics.ReservedName, groupCell.Span, "group", groupCell.Value, reservedGroup);
                continue;
            }

            if (entryName == CatalogEmitter.AllMember || entryName == groupName)
            {
                sink.Report(CatalogDiagnostics.ReservedName, nameCell.Span, "name", nameCell.Value, groupName + "." + entryName);
                continue;
            }

            if (ports.Value.First != ports.Value.Last && System.Array.IndexOf(CatalogEmitter.RangeMemberNames, entryName) >= 0)
            {
                // A range is a nested class holding First and Last; C# forbids a member named like its class.
                sink.Report(CatalogDiagnostics.ReservedName, nameCell.Span, "name", nameCell.Value, groupName + "." + entryName + "." + entryName);
                continue;
            }

            if (groupsByName.TryGetValue(groupName, out var existingGroup) && existingGroup.UnescapedName != groupName)
            {
                sink.Report(
                    CatalogDiagnostics.DuplicateName,
                    groupCell.Span,
                    "group",
                    groupCell.Value,
                    LineOf(existingGroup.FirstPosition, sink),
                    existingGroup.UnescapedName);
                continue;
            }

            var qualifiedName = groupName + "." + entryName;
            if (entryPositions.TryGetValue(qualifiedName, out var first))
            {
                sink.Report(
                    CatalogDiagnostics.DuplicateName,
                    nameCell.Span,
                    "entry",
                    qualifiedName,
                    LineOf(first.Position, sink),
                    first.Name);
                continue;
            }

            entryPositions.Add(qualifiedName, (nameCell.Span.Start, qualifiedName));
            if (existingGroup is null)
            {
                existingGroup = new GroupBuilder(group, groupName, nameCell.Span.Start);
                groupsByName.Add(groupName, existingGroup);
                groups.Add(existingGroup);
            }

            existingGroup.EntryIndexes.Add(entries.Count);
            entries.Add(new PortEntrySpec(
                group,
                name,
                ports.Value.First,
                ports.Value.Last,
                transport.Value,
                row.ValueOf(CatalogColumn.From),
                row.ValueOf(CatalogColumn.To),
                row.ValueOf(CatalogColumn.Service),
                row.ValueOf(CatalogColumn.Security),
                row.ValueOf(CatalogColumn.Description),
                row.ValueOf(CatalogColumn.Source),
                row.ValueOf(CatalogColumn.Notes)));
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
            description,
            entries.ToEquatableArray(),
            new EquatableArray<GroupSpec>(groupSpecs));
    }

    /// <summary>
    /// Parses a port, a whole number from 1 to 65535 (digits only), or a range of them, <c>1024-65535</c>;
    /// on failure, says what a port looks like.
    /// </summary>
    public static bool TryParsePorts(string value, out int first, out int last, out string problem)
    {
        var separator = value.IndexOf(PortText.RangeSeparator);
        last = 0;
        if (separator < 0)
        {
            var single = TryParsePort(value, out first);
            last = first;
            problem = single ? string.Empty : "use a whole number from 1 to 65535, or a range such as 1024-65535";
            return single;
        }

        if (!TryParsePort(value.Substring(0, separator), out first) || !TryParsePort(value.Substring(separator + 1), out last))
        {
            problem = "a range is two whole numbers from 1 to 65535 joined by '-', such as 1024-65535";
            return false;
        }

        problem = first <= last ? string.Empty : "a range starts at its lower port, such as " + PortText.Of(last, first);
        return first <= last;
    }

    /// <summary>Parses one port: a whole number from 1 to 65535, digits only.</summary>
    public static bool TryParsePort(string value, out int port)
    {
        value = value.Trim();
        port = 0;
        if (value.Length is 0 or > 5)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            port = (port * 10) + (c - '0');
        }

        return port is >= 1 and <= 65535;
    }

    /// <summary>Parses <c>tcp</c>, <c>udp</c> or <c>tcp/udp</c> (also <c>udp/tcp</c> and <c>tcp+udp</c>, as tables write it), ignoring case.</summary>
    public static bool TryParseTransport(string value, out PortTransport transport)
    {
        value = value.Trim();
        transport = PortTransport.None;
        foreach (var (text, meaning) in Transports)
        {
            if (string.Equals(value, text, StringComparison.OrdinalIgnoreCase))
            {
                transport = meaning;
                break;
            }
        }

        return transport != PortTransport.None;
    }

    // Compared ignoring case in place: upper-casing a copy would allocate a string per row.
    private static readonly (string Text, PortTransport Transport)[] Transports =
    [
        ("tcp", PortTransport.Tcp),
        ("udp", PortTransport.Udp),
        ("tcp/udp", PortTransport.Tcp | PortTransport.Udp),
        ("udp/tcp", PortTransport.Tcp | PortTransport.Udp),
        ("tcp+udp", PortTransport.Tcp | PortTransport.Udp),
        ("udp+tcp", PortTransport.Tcp | PortTransport.Udp),
    ];

    private static string LineOf(int position, CatalogDiagnosticSink sink) =>
        sink.LineNumberOf(position).ToString(CultureInfo.InvariantCulture);

    private static string? ReservedRootName(string groupName, string className)
    {
        if (groupName == className)
        {
            return className;
        }

        foreach (var member in CatalogEmitter.RootMemberNames)
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
        if (TryParsePorts(cell.Value, out var first, out var last, out var problem))
        {
            return (first, last);
        }

        sink.Report(CatalogDiagnostics.InvalidPort, cell.Span, cell.Value, problem);
        return null;
    }

    private delegate bool TryParse<T>(string value, out T result);

    /// <summary>Parses a required cell, reporting <paramref name="invalid"/> at the cell when it does not parse.</summary>
    private static T? ReadValue<T>(CatalogRow row, CatalogColumn column, TryParse<T> parse, DiagnosticDescriptor invalid, CatalogDiagnosticSink sink)
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

    private sealed class GroupBuilder(string name, string unescapedName, int firstPosition)
    {
        public string Name { get; } = name;

        public string UnescapedName { get; } = unescapedName;

        public int FirstPosition { get; } = firstPosition;

        public List<int> EntryIndexes { get; } = [];
    }
}
