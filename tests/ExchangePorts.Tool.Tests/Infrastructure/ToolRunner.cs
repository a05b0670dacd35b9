using System;
using System.IO;
using ExchangePorts.Tool;
using ExchangePorts.Tool.Output;
using Xunit;

namespace ExchangePorts.Tool.Tests.Infrastructure;

/// <summary>exchange-ports run in process: its parser, actions and writers, with standard output and error captured.</summary>
internal static class ToolRunner
{
    public static ToolRun Run(params string[] args) => Run(args, terminal: false);

    /// <summary>Runs as on a terminal: standard output and error are the terminal.</summary>
    public static ToolRun OnTerminal(params string[] args) => Run(args, terminal: true);

    private static ToolRun Run(string[] args, bool terminal)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = ToolCommandLine.Run(args, new ToolConsole(output, error, outputIsTerminal: terminal, errorIsTerminal: terminal));
        return new ToolRun(exitCode, output.ToString(), error.ToString());
    }
}

/// <summary>What one run printed, and its exit code.</summary>
internal sealed record ToolRun(int ExitCode, string Output, string Error)
{
    public string[] ErrorLines => Error.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>A run that did what it was asked: exit code 0.</summary>
    public ToolRun Succeeded()
    {
        Assert.True(ExitCode == 0, "exit code " + ExitCode + ": " + Error);
        return this;
    }
}
