using System;
using System.CommandLine;
using ExchangePorts.Tool.Catalogs;
using ExchangePorts.Tool.Commands;
using ExchangePorts.Tool.Output;

namespace ExchangePorts.Tool;

/// <summary>
/// exchange-ports' command line: the commands, and what a run's failures become. Every failure is lines on standard
/// error and an exit code (<see cref="ExitCodes"/>), never a stack trace.
/// </summary>
internal static class ToolCommandLine
{
    public static RootCommand Create(ToolConsole console) => Create(new CommonOptions(), console);

    private static RootCommand Create(CommonOptions options, ToolConsole console) => new(
        "Exchange Server ports from the command line: list and find catalog entries, draw the data paths, write firewall rules,\n" +
        "probe a host's ports.\n" +
        "Catalogs: the shipped Exchange ones (--exchange " + ShippedCatalogs.Instance.VersionList + "; " + ShippedCatalogs.Instance.Current +
        " when none is named) or your own (--catalog PATH).\n" +
        "Exit codes: 0 done, 1 nothing found (or a probed port not open), 2 bad input, 3 the result could not be written.\n\n" +
        "Examples:\n" +
        "  exchange-ports find 443\n" +
        "  exchange-ports list --to Edge --format json\n" +
        "  exchange-ports diagram --format dot | dot -Tsvg -o exchange.svg\n" +
        "  exchange-ports firewall --role Edge --allow Internet=Any --allow Mailbox=10.1.0.0/24 --allow ExchangeOnline=Any --format nftables\n" +
        "  exchange-ports probe --host edge01 --role Edge --from Mailbox")
    {
        EntryCommands.List(options, console),
        EntryCommands.Find(options, console),
        DiagramCommand.Create(options, console),
        FirewallCommand.Create(options, console),
        ProbeCommand.Create(options, console),
    };

    /// <summary>Parses and runs a command line; returns its exit code.</summary>
    public static int Run(string[] args, ToolConsole console)
    {
        var parsed = Create(console).Parse(args);
        if (parsed.Errors.Count > 0)
        {
            // One line per mistake.
            foreach (var error in parsed.Errors)
            {
                console.WriteError("error: " + error.Message);
            }

            return ExitCodes.BadInput;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false, Output = console.Out, Error = console.Error });
        }
        catch (UsageException bad)
        {
            foreach (var line in bad.Lines)
            {
                console.WriteError(line);
            }

            return ExitCodes.BadInput;
        }
        catch (OutputException failed)
        {
            console.WriteError("error: " + failed.Message);
            return ExitCodes.CannotWrite;
        }
        catch (System.IO.IOException failed)
        {
            // Help or a table written straight to standard output, which is full or closed: every input the tool
            // reads is read through InputFile, which turns its failures into usage errors.
            console.WriteError("error: standard output cannot be written: " + failed.Message);
            return ExitCodes.CannotWrite;
        }
    }
}
