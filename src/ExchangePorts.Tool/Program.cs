using ExchangePorts.Tool;
using ExchangePorts.Tool.Output;

// exchange-ports: the port catalogs from the command line (ToolCommandLine).
return ToolCommandLine.Run(args, ToolConsole.System());
