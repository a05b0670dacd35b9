using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.Linq;
using ExchangePorts.Tool.Catalogs;
using ExchangePorts.Tool.Output;

namespace ExchangePorts.Tool.Commands;

/// <summary><c>list</c> and <c>find</c>: entries as a table, CSV, JSON or Markdown.</summary>
internal static class EntryCommands
{
    public static Command List()
    {
        var catalogs = new CatalogOptions();
        var (format, output, port, from, to, group) = CommonOptions();
        return catalogs.Command(
            "list",
            "List the entries of the catalogs, filtered by port, role or group.\n\nExamples:\n  exchange-ports list --exchange 2019 --to Edge\n  exchange-ports list --exchange 2016 --port 1024 --format json\n  exchange-ports list --catalog my.ports.csv --format markdown",
            [format, output, port, from, to, group],
            (result, set) =>
            {
                var entries = Filter(set.Entries, result.GetValue(port), result.GetValue(from), result.GetValue(to), result.GetValue(group));
                Write(entries, result.GetValue(format), result.GetValue(output));
                return ExitCodes.Success;
            });
    }

    public static Command Find()
    {
        var catalogs = new CatalogOptions();
        var (format, output, _, from, to, group) = CommonOptions();
        var what = new Argument<string>("PORT|NAME") { Description = "A port (25) or an entry's name (EdgeSync.SecureLdap, Exchange2019Ports.EdgeSync.SecureLdap, ms-sql-s)." };
        return catalogs.Command(
            "find",
            "Find the entries on a port (ranges that contain it included) or of a name.\n\nExamples:\n  exchange-ports find 50636 --exchange 2007\n  exchange-ports find 443 --format json\n  exchange-ports find EdgeSync.SecureLdap --exchange 2019",
            [what, format, output, from, to, group],
            (result, set) =>
            {
                var query = result.GetValue(what)!.Trim();
                var found = Filter(Match(set.Entries, query), null, result.GetValue(from), result.GetValue(to), result.GetValue(group));
                if (found.Count == 0)
                {
                    Console.Error.WriteLine("No entry of these catalogs is on or named '" + query + "'.");
                    return ExitCodes.NotFound;
                }

                Write(found, result.GetValue(format), result.GetValue(output));
                return ExitCodes.Success;
            });
    }

    /// <summary>A port: the entries on it, then the ranges that contain it. A name: qualified, written, or with its class.</summary>
    private static List<ToolEntry> Match(IReadOnlyList<ToolEntry> entries, string query)
    {
        if (int.TryParse(query, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            if (number is < 1 or > 65535)
            {
                throw new UsageException("'" + query + "' is not a port: use a whole number from 1 to 65535, or a name.");
            }

            return entries.Where(e => !e.Spec.IsRange && e.Spec.Port == number).Concat(entries.Where(e => e.Spec.IsRange && e.Contains(number))).ToList();
        }

        return entries.Where(e => Names(e).Any(name => string.Equals(name, query, StringComparison.OrdinalIgnoreCase))).ToList();
    }

    private static IEnumerable<string> Names(ToolEntry entry)
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

    private static List<ToolEntry> Filter(IEnumerable<ToolEntry> entries, string? port, string? from, string? to, string? group)
    {
        int? number = null;
        if (port is not null)
        {
            if (!int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) || parsed is < 1 or > 65535)
            {
                throw new UsageException("--port: '" + port + "' is not a port; use a whole number from 1 to 65535.");
            }

            number = parsed;
        }

        return entries.Where(e =>
            (number is null || e.Contains(number.Value)) &&
            (from is null || e.FromRoles.Contains(from, StringComparer.OrdinalIgnoreCase)) &&
            (to is null || e.ToRoles.Contains(to, StringComparer.OrdinalIgnoreCase)) &&
            (group is null || string.Equals(e.Spec.Group, group, StringComparison.OrdinalIgnoreCase))).ToList();
    }

    private static void Write(IReadOnlyList<ToolEntry> entries, EntryFormat format, string? output)
    {
        if (format == EntryFormat.Table && output is null)
        {
            if (OutputTarget.IsPlain)
            {
                Console.Out.Write(PlainTable.Write(entries));
            }
            else
            {
                EntryWriter.WriteTable(OutputTarget.Console(), entries);
            }

            return;
        }

        OutputTarget.Write(format == EntryFormat.Table ? PlainTable.Write(entries) : EntryWriter.Write(entries, format), output);
    }

    private static (Option<EntryFormat> Format, Option<string> Output, Option<string> Port, Option<string> From, Option<string> To, Option<string> Group) CommonOptions() =>
    (
        new Option<EntryFormat>("--format", "-f") { Description = "table (default), csv (a catalog that reads back), json (for scripts) or markdown." },
        new Option<string>("--output", "-o") { Description = "Write to this file instead of standard output (written whole, or not at all)." },
        new Option<string>("--port", "-p") { Description = "Only entries on this port, ranges that contain it included." },
        new Option<string>("--from") { Description = "Only entries whose source has this role (Mailbox, Edge, Internet, ...)." },
        new Option<string>("--to") { Description = "Only entries whose destination has this role." },
        new Option<string>("--group", "-g") { Description = "Only entries of this group (data path), such as EdgeSync." }
    );
}
