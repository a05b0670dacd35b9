using System;
using System.Diagnostics;
using System.IO;
using ExchangePorts.Tests.Shared;
using Xunit;
using Xunit.Sdk;

namespace ExchangePorts.Tool.Tests.Installed;

/// <summary>
/// The tool as a user gets it: packed (under a version no earlier run used, or the NuGet cache would serve a
/// stale one) and installed with <c>dotnet tool install --tool-path</c> into a folder of its own.
/// </summary>
public sealed class InstalledTool : IDisposable
{
    private readonly string _feed = Directory.CreateTempSubdirectory("exchangeports-tool-feed").FullName;
    private readonly string _tools = Directory.CreateTempSubdirectory("exchangeports-tool").FullName;

    public InstalledTool()
    {
        Version = "0.1.0-tool." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", System.Globalization.CultureInfo.InvariantCulture);
        var project = Repository.PathOf("src", "ExchangePorts.Tool", "ExchangePorts.Tool.csproj");
        var (packed, packOutput) = Dotnet("pack", project, "-c", "Release", "-o", _feed, "-p:Version=" + Version, "--disable-build-servers", "-nodeReuse:false");
        Assert.True(packed == 0, packOutput);
        var (installed, installOutput) = Dotnet("tool", "install", "ExchangePorts.Tool", "--tool-path", _tools, "--add-source", _feed, "--version", Version);
        Assert.True(installed == 0, installOutput);
        Executable = Path.Combine(_tools, OperatingSystem.IsWindows() ? "exchange-ports.exe" : "exchange-ports");
        Assert.True(File.Exists(Executable), installOutput);
    }

    public string Version { get; }

    /// <summary>Runs <c>dotnet</c> as a new shell would (<see cref="DotnetProcess"/>).</summary>
    private (int ExitCode, string Output) Dotnet(params string[] arguments) => DotnetProcess.Run(arguments, _tools);

    public string Executable { get; }

    /// <summary>Runs the installed command with its output redirected, as a script would.</summary>
    public ToolRun Run(string arguments, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(Executable, arguments)
        {
            WorkingDirectory = workingDirectory ?? _tools,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(1)))
        {
            process.Kill(entireProcessTree: true);
            throw new XunitException("exchange-ports " + arguments + " timed out");
        }

        return new ToolRun(process.ExitCode, stdout.Replace("\r\n", "\n", StringComparison.Ordinal), stderr.Result.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    public void Dispose()
    {
        Directory.Delete(_feed, recursive: true);
        Directory.Delete(_tools, recursive: true);
    }
}

/// <summary>What one run of the tool printed, and its exit code.</summary>
public sealed record ToolRun(int ExitCode, string Output, string Error)
{
    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>One clear message: no stack trace, no exception's type name.</summary>
    public void AssertNoStackTrace()
    {
        Assert.DoesNotContain("   at ", Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", Error, StringComparison.Ordinal);
    }
}

[CollectionDefinition(Collection)]
public sealed class ToolCollection : ICollectionFixture<InstalledTool>
{
    public const string Collection = "exchange-ports tool";
}
