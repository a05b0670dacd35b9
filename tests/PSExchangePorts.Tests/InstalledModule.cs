using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using ExchangePorts.Tests.Shared;
using Xunit;
using Xunit.Sdk;

namespace PSExchangePorts.Tests;

/// <summary>
/// The module as an Exchange admin installs it: packed (under a version no earlier run used), published in a local
/// folder repository, and installed with PSResourceGet's <c>Install-PSResource</c> by PowerShell 7.6 (the PowerShell
/// .NET tool), all in a home folder of its own, so nothing of the machine's PowerShell is touched or used.
/// </summary>
public sealed class InstalledModule : IDisposable
{
    public const string PowerShellVersion = "7.6.10";

    private readonly string _root = Directory.CreateTempSubdirectory("psexchangeports-").FullName;

    public InstalledModule()
    {
        // PowerShell's versions are numbers without a label, each at most 65535 in an assembly's version: the day and
        // the two seconds of the day make each run's its own.
        var now = DateTime.UtcNow;
        Version = "0." + (int)(now - new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc)).TotalDays + "." + (int)(now.TimeOfDay.TotalSeconds / 2);
        Home = Directory.CreateDirectory(Path.Combine(_root, "home")).FullName;
        Repository = Directory.CreateDirectory(Path.Combine(_root, "repository")).FullName;
        var tools = Path.Combine(_root, "tools");
        Dotnet("tool", "install", "PowerShell", "--version", PowerShellVersion, "--tool-path", tools);
        Pwsh = Path.Combine(tools, "pwsh");
        // Built in a folder of its own: other test projects build the same libraries at the same time.
        Dotnet("pack", ExchangePorts.Tests.Shared.Repository.PathOf("src", "PSExchangePorts", "PSExchangePorts.csproj"), "-c", "Release", "-o", Repository, "-p:Version=" + Version, "--artifacts-path", Path.Combine(_root, "build"), "--disable-build-servers", "-nodeReuse:false");
        var install = Run(
            "Register-PSResourceRepository -Name ExchangePortsLocal -Uri $env:EXCHANGEPORTS_REPOSITORY -Trusted; " +
            "Install-PSResource -Name PSExchangePorts -Repository ExchangePortsLocal -Scope CurrentUser -TrustRepository -ErrorAction Stop");
        Assert.True(install.ExitCode == 0, install.Output + install.Error);
        ModuleFolder = Path.Combine(Home, ".local", "share", "powershell", "Modules", "PSExchangePorts", Version);
        Assert.True(File.Exists(Path.Combine(ModuleFolder, "PSExchangePorts.psd1")), "Install-PSResource did not install into " + ModuleFolder + ":\n" + install.Output + install.Error);
    }

    /// <summary>The version packed and installed.</summary>
    public string Version { get; }

    /// <summary>The home folder PowerShell runs with: its modules, its PSResourceGet settings.</summary>
    public string Home { get; }

    /// <summary>The local repository (a folder of packages) the module was installed from.</summary>
    public string Repository { get; }

    /// <summary>Where Install-PSResource put the module.</summary>
    public string ModuleFolder { get; }

    public string Pwsh { get; }

    /// <summary>The Pester module of the Pester package (Pester.psd1 in its tools folder).</summary>
    public static string PesterModule { get; } = Path.Combine(
        typeof(InstalledModule).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "PesterModule").Value!, "tools", "Pester.psd1");

    /// <summary>exchange-ports, built beside the tests, to run with <c>dotnet</c>.</summary>
    public static string Tool { get; } = Path.Combine(AppContext.BaseDirectory, "exchange-ports.dll");

    /// <summary>The environment every PowerShell run here gets.</summary>
    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>
    {
        ["HOME"] = Home,
        ["EXCHANGEPORTS_REPOSITORY"] = Repository,
        ["EXCHANGEPORTS_MODULE_VERSION"] = Version,
        ["EXCHANGEPORTS_TOOL"] = Tool,
        ["EXCHANGEPORTS_PESTER"] = PesterModule,
        ["NO_COLOR"] = "1",
        ["POWERSHELL_TELEMETRY_OPTOUT"] = "1",
        ["POWERSHELL_UPDATECHECK"] = "Off",
    };

    /// <summary>Runs a command in a new <c>pwsh -NoProfile -NonInteractive</c>, optionally through <paramref name="prefix"/> (<c>ip netns exec NAME</c>).</summary>
    public PwshRun Run(string command, TimeSpan? timeout = null, params string[] prefix) =>
        Start(["-NoProfile", "-NonInteractive", "-Command", command], timeout ?? TimeSpan.FromMinutes(2), prefix);

    /// <summary>Runs a script file in a new <c>pwsh</c>, with arguments.</summary>
    public PwshRun RunFile(string script, TimeSpan timeout, params string[] arguments) =>
        Start(["-NoProfile", "-NonInteractive", "-File", script, .. arguments], timeout, []);

    private PwshRun Start(string[] arguments, TimeSpan timeout, string[] prefix)
    {
        var start = prefix.Length == 0 ? new ProcessStartInfo(Pwsh, arguments) : new ProcessStartInfo(prefix[0], [.. prefix.Skip(1), Pwsh, .. arguments]);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.WorkingDirectory = Home;

        // The home folder decides where modules and settings are; nothing of the machine's own may steer them.
        foreach (var name in new[] { "PSModulePath", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME" })
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in Environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new XunitException("pwsh " + string.Join(" ", arguments) + " took longer than " + timeout + ":\n" + output.Result + error.Result);
        }

        process.WaitForExit();
        return new PwshRun(process.ExitCode, output.Result, error.Result);
    }

    private void Dotnet(params string[] arguments)
    {
        var (exit, output) = DotnetProcess.Run(arguments, _root);
        Assert.True(exit == 0, "dotnet " + string.Join(" ", arguments) + ":\n" + output);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}

/// <summary>What one pwsh run printed, and its exit code.</summary>
public sealed record PwshRun(int ExitCode, string Output, string Error);

[CollectionDefinition(Collection)]
public sealed class ModuleCollection : ICollectionFixture<InstalledModule>
{
    public const string Collection = "PSExchangePorts module";
}
