using System;
using ExchangePorts.Tool;
using ExchangePorts.Tool.Commands;
using ExchangePorts.Tool.Output;

// exchange-ports: the port catalogs from the command line (ToolCommandLine).
try
{
    return ToolCommandLine.Run(args, ToolConsole.System());
}
catch (Exception failed) when (failed is System.IO.IOException or UnauthorizedAccessException or OutOfMemoryException or System.ComponentModel.Win32Exception)
{
    // The console itself could not be opened (no file descriptor left for standard error): say it if that still can.
    try
    {
        Console.Error.WriteLine("error: " + failed.Message);
    }
    catch (Exception)
    {
        // Nowhere to say it; the exit code does.
    }

    return ExitCodes.SystemFailure;
}
