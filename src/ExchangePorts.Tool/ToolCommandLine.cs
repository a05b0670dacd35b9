using System;
using System.CommandLine;
using System.Linq;
using ExchangePorts.Operations.Entries;
using ExchangePorts.Operations.Errors;
using ExchangePorts.Operations.Files;
using ExchangePorts.Operations.Sources;
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
        "Exit codes: 0 done, 1 nothing found (or a probed port not open), 2 bad input, 3 the result could not be written,\n" +
        "4 the system refused (no file descriptor or memory left).\n\n" +
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
        try
        {
            // No response files: '@name' is a value like any other (a catalog may be called that), and reading one
            // would read whatever the name points at (/dev/zero, a FIFO) before any check.
            var parsed = Create(console).Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
            if (parsed.Errors.Count > 0)
            {
                // One line per mistake: an unknown word that stands where a command should is one mistake, not also
                // a missing command.
                var errors = parsed.Errors.Count > 1 ? parsed.Errors.Where(e => !e.Message.StartsWith("Required command was not provided", StringComparison.Ordinal)).ToList() : [.. parsed.Errors];
                foreach (var error in errors)
                {
                    console.WriteError("error: " + error.Message);
                }

                return ExitCodes.BadInput;
            }

            return parsed.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false, Output = console.Out, Error = console.Error });
        }
        catch (OperationsException failed)
        {
            foreach (var line in failed.Lines)
            {
                console.WriteError(failed.Failure == OperationsFailure.CannotWrite ? "error: " + line : line);
            }

            return failed.Failure == OperationsFailure.CannotWrite ? ExitCodes.CannotWrite : ExitCodes.BadInput;
        }
        catch (Exception failed) when (SystemFailureText.IsSystemFailure(failed))
        {
            // The system refused something the command needs (open files, memory, the terminal): every input is read
            // through InputFile and every output written through OutputTarget or StandardOutput, which say which.
            console.WriteError(SystemFailureText.Of(failed));
            return ExitCodes.SystemFailure;
        }
    }
}
