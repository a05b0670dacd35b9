using System;
using System.Diagnostics;
using System.Linq;

namespace ExchangePorts.Tests.Shared;

/// <summary>
/// A <c>dotnet</c> process as a new shell would start it. The test host runs inside <c>dotnet test</c>, whose
/// MSBuild settings (MSBuildExtensionsPath, MSBuildSDKsPath, ...) must not leak into another MSBuild host, such as
/// a pack, a build or a language server loading a project.
/// </summary>
internal static class DotnetProcess
{
    public static ProcessStartInfo StartInfo(string arguments, string workingDirectory) =>
        Clean(new ProcessStartInfo("dotnet", arguments) { WorkingDirectory = workingDirectory });

    public static ProcessStartInfo StartInfo(string[] arguments, string workingDirectory) =>
        Clean(new ProcessStartInfo("dotnet", arguments) { WorkingDirectory = workingDirectory });

    /// <summary>Runs <c>dotnet</c> to its end: the exit code, and standard output followed by standard error.</summary>
    public static (int ExitCode, string Output) Run(string[] arguments, string workingDirectory)
    {
        var start = StartInfo(arguments, workingDirectory);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + error.Result);
    }

    private static ProcessStartInfo Clean(ProcessStartInfo start)
    {
        foreach (var name in start.Environment.Keys.Where(name => name.Contains("MSBUILD", StringComparison.OrdinalIgnoreCase) || name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        start.Environment["MSBUILDTERMINALLOGGER"] = "off";
        return start;
    }
}
