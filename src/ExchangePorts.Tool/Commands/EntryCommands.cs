using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using ExchangePorts.Operations.Entries;
using ExchangePorts.Operations.Errors;
using ExchangePorts.Operations.Writers;
using ExchangePorts.Tool.Output;

namespace ExchangePorts.Tool.Commands;

/// <summary><c>list</c> and <c>find</c>: entries as a table, CSV, JSON or Markdown.</summary>
internal static class EntryCommands
{
    public static Command List(CommonOptions options, ToolConsole console)
    {
        var port = new Option<string>("--port", "-p") { Description = "Only entries on this port, ranges that contain it included.", HelpName = "PORT" };
        return CatalogCommand.Create(
            "list",
            "List the entries of the catalogs, filtered by port, role or group.\n\n" +
            "Examples:\n  exchange-ports list --to Edge\n  exchange-ports list --exchange 2016 --port 1024 --format json\n  exchange-ports list --catalog my.ports.csv --format markdown",
            [options.EntryFormat, options.Output, port, options.From, options.To, options.Group],
            options,
            console,
            (result, set) =>
            {
                int? number = result.GetValue(port) is { } text ? EntryQuery.Port("--port", text) : null;
                var entries = Filter(set, set.Entries.Where(e => number is null || e.Contains(number.Value)), result, options);
                Write(entries, result.GetValue(options.EntryFormat)!, result.GetValue(options.Output), console);
                return ExitCodes.Success;
            });
    }

    public static Command Find(CommonOptions options, ToolConsole console)
    {
        var what = new Argument<string>("PORT|NAME") { Description = "A port (25) or an entry's name (EdgeSync.SecureLdap, Exchange2019Ports.EdgeSync.SecureLdap, ms-sql-s)." };
        return CatalogCommand.Create(
            "find",
            "Find the entries on a port (ranges that contain it included) or of a name.\n\n" +
            "Examples:\n  exchange-ports find 50636 --exchange 2007\n  exchange-ports find 443 --format json\n  exchange-ports find EdgeSync.SecureLdap",
            [what, options.EntryFormat, options.Output, options.From, options.To, options.Group],
            options,
            console,
            (result, set) =>
            {
                var query = result.GetValue(what)!.Trim();
                var found = Filter(set, Match(set.Entries, query), result, options);
                if (found.Count == 0)
                {
                    console.WriteError("No entry of these catalogs is on or named '" + query + "'.");
                    return ExitCodes.NotFound;
                }

                Write(found, result.GetValue(options.EntryFormat)!, result.GetValue(options.Output), console);
                return ExitCodes.Success;
            });
    }

    /// <summary>A port: the entries on it, then the ranges that contain it. A name: qualified, written, or with its class.</summary>
    private static IEnumerable<PortEntry> Match(IReadOnlyList<PortEntry> entries, string query) =>
        query.Length > 0 && (char.IsAsciiDigit(query[0]) || query[0] is '-' or '+')
            ? EntryQuery.OnPort(entries, EntryQuery.Port("PORT", query))
            : EntryQuery.Named(entries, query);

    private static List<PortEntry> Filter(CatalogSet set, IEnumerable<PortEntry> entries, ParseResult result, CommonOptions options) =>
        EntryQuery.Filter(
            entries,
            result.GetValue(options.From) is { } from ? set.Role(ParameterNames.CommandLine.From, from) : null,
            result.GetValue(options.To) is { } to ? set.Role(ParameterNames.CommandLine.To, to) : null,
            result.GetValue(options.Group));

    private static void Write(IReadOnlyList<PortEntry> entries, EntryFormat format, string? output, ToolConsole console)
    {
        if (format == EntryWriter.Formats[0] && output is null && !console.IsPlain)
        {
            TerminalTable.Write(console.Terminal(), entries);
            return;
        }

        OutputTarget.Write(writer => format.Write(entries, writer), output, console);
    }
}
