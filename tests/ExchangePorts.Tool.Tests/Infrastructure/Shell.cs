using System;
using System.Collections.Generic;
using System.Diagnostics;
using Xunit.Sdk;

namespace ExchangePorts.Tool.Tests.Infrastructure;

/// <summary>Runs a program of the system and returns what it printed.</summary>
internal static class Shell
{
    public static (int ExitCode, string Output, string Error) Run(string program, IEnumerable<string> arguments, string? input = null, int timeoutSeconds = 120)
    {
        var start = new ProcessStartInfo(program, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = input is not null,
        };
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        if (input is not null)
        {
            process.StandardInput.Write(input);
            process.StandardInput.Close();
        }

        if (!process.WaitForExit(TimeSpan.FromSeconds(timeoutSeconds)))
        {
            process.Kill(entireProcessTree: true);
            throw new XunitException(program + " " + string.Join(" ", arguments) + " timed out");
        }

        return (process.ExitCode, output.Result, error.Result);
    }

    /// <summary>Runs <c>sh -c</c>; the exit code and everything printed.</summary>
    public static (int ExitCode, string Output) Sh(string command)
    {
        var (exit, output, error) = Run("sh", ["-c", command]);
        return (exit, output + error);
    }
}
