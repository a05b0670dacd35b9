using System;
using System.IO;
using System.Linq;

namespace ExchangePorts.Tool.Tests.Infrastructure;

/// <summary>
/// exchange-ports as a process of its own (the build's apphost beside the tests), for what a process in process cannot
/// be: inside a network namespace, under another open-file limit, sent a signal.
/// </summary>
internal static class ToolProcess
{
    public static readonly string Executable = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "exchange-ports.exe" : "exchange-ports");

    /// <summary>Runs <c>sh -c</c> with <c>$TOOL</c> the tool: <c>ulimit -n 200; $TOOL probe ...</c>.</summary>
    public static (int ExitCode, string Output, string Error) Sh(string script, int timeoutSeconds = 120) =>
        Shell.Run("sh", ["-c", "TOOL='" + Executable + "'; " + script], timeoutSeconds: timeoutSeconds);

    /// <summary>Quotes arguments for <see cref="Sh"/>.</summary>
    public static string Quote(params string[] arguments) => string.Join(" ", arguments.Select(a => "'" + a.Replace("'", "'\\''", StringComparison.Ordinal) + "'"));
}
