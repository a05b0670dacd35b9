using System;
using System.Diagnostics;
using Xunit;

namespace ExchangePorts.Generators.Tests.Tool;

/// <summary>
/// A test that needs a program of the system (<c>nft</c> as root, <c>dot</c>): skipped, saying why, where it
/// cannot run; never skipped where <c>EXCHANGEPORTS_REQUIRE_SYSTEM_TOOLS=1</c> (CI), which makes a missing
/// program a failure instead.
/// </summary>
public sealed class SystemToolFactAttribute : FactAttribute
{
    public const string RequireVariable = "EXCHANGEPORTS_REQUIRE_SYSTEM_TOOLS";

    public SystemToolFactAttribute(string program, bool needsRoot = false)
    {
        if (Environment.GetEnvironmentVariable(RequireVariable) == "1")
        {
            return;
        }

        if (!OperatingSystem.IsLinux() && needsRoot)
        {
            Skip = program + " needs Linux network namespaces (unshare -n), which this system does not have";
        }
        else if (needsRoot && !IsRoot())
        {
            Skip = program + " -c needs root in a private network namespace (unshare -n), and this test does not run as root";
        }
        else if (!CanRun(program))
        {
            Skip = program + " is not installed (Debian: apt-get install " + (program switch { "dot" => "graphviz", "nft" => "nftables", _ => program }) + ")";
        }
    }

    private static bool IsRoot() => Environment.UserName == "root";

    private static bool CanRun(string program)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(program, "-V") { RedirectStandardOutput = true, RedirectStandardError = true })!;
            process.WaitForExit(10_000);
            return true;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
