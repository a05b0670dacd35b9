using System;
using System.CommandLine;
using ExchangePorts.Tool;
using ExchangePorts.Tool.Commands;

// exchange-ports: the port catalogs from the command line. Exit codes: 0 done, 1 nothing found, 2 bad input.
var root = new RootCommand(
    "Exchange Server ports from the command line: list and find catalog entries, draw the data paths, write firewall rules,\n" +
    "probe a host's ports.\n" +
    "Catalogs: the shipped Exchange ones (--exchange 2007, 2010, 2013, 2016, 2019, SE) or your own (--catalog PATH).\n" +
    "Exit codes: 0 done, 1 nothing found, 2 bad input.\n\n" +
    "Examples:\n" +
    "  exchange-ports find 443\n" +
    "  exchange-ports list --exchange 2019 --to Edge --format json\n" +
    "  exchange-ports diagram --exchange 2019 --format dot | dot -Tsvg -o exchange2019.svg\n" +
    "  exchange-ports firewall --role Edge --exchange 2019 --allow Internet=Any --allow Mailbox=10.1.0.0/24 --allow ExchangeOnline=Any --format nftables\n" +
    "  exchange-ports probe --host edge01 --role Edge --exchange 2019 --from Mailbox")
{
    EntryCommands.List(),
    EntryCommands.Find(),
    DiagramCommand.Create(),
    FirewallCommand.Create(),
    ProbeCommand.Create(),
};

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors)
    {
        Console.Error.WriteLine("error: " + error.Message);
    }

    Console.Error.WriteLine("See 'exchange-ports --help'.");
    return ExitCodes.BadInput;
}

try
{
    return parsed.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (UsageException bad)
{
    foreach (var line in bad.Lines)
    {
        Console.Error.WriteLine(line);
    }

    return ExitCodes.BadInput;
}
