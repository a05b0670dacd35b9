using System;
using ExchangePorts.Tool;
using ExchangePorts.Tool.Commands;
using ExchangePorts.Tool.Output;

// exchange-ports: the port catalogs from the command line (ToolCommandLine).
try
{
    StandardStreams.Check();
    return ToolCommandLine.Run(args, ToolConsole.System());
}
catch (Exception failed) when (SystemFailureText.IsSystemFailure(failed))
{
    // The console itself could not be opened (no file descriptor left to load it).
    LastResortError.WriteLine(SystemFailureText.Of(failed));
    return ExitCodes.SystemFailure;
}
