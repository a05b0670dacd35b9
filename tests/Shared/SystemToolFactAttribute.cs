using System;
using System.Diagnostics;
using System.Linq;
using Xunit;

namespace ExchangePorts.Tests.Shared;

/// <summary>
/// A test that needs a program of the system (<c>nft</c> or <c>ip netns</c> as root, <c>dot</c>, <c>node</c>): skipped,
/// saying why, where it cannot run; never skipped where <c>EXCHANGEPORTS_REQUIRE_SYSTEM_TOOLS=1</c> (CI), which makes a
/// missing program a failure instead.
/// </summary>
public sealed class SystemToolFactAttribute : FactAttribute
{
    public const string RequireVariable = "EXCHANGEPORTS_REQUIRE_SYSTEM_TOOLS";

    public SystemToolFactAttribute(string program, bool needsRoot = false, string? alsoNeeds = null)
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
            Skip = program + " needs root in a network namespace of its own, and this test does not run as root";
        }
        else if (new[] { program, alsoNeeds }.OfType<string>().FirstOrDefault(p => !CanRun(p)) is { } missing)
        {
            Skip = missing + " is not installed (Debian: apt-get install " + (missing switch { "dot" => "graphviz", "nft" => "nftables", "ip" => "iproute2", "node" => "nodejs npm", _ => missing }) + ")";
        }
    }

    private static bool IsRoot() => Environment.UserName == "root";

    private static bool CanRun(string program)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(program, program == "node" ? "--version" : "-V") { RedirectStandardOutput = true, RedirectStandardError = true })!;
            process.WaitForExit(10_000);
            return true;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
