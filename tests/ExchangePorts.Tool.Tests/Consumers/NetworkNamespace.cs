using System;
using System.Collections.Generic;
using System.Linq;
using ExchangePorts.Tool.Tests.Infrastructure;
using Xunit;

namespace ExchangePorts.Tool.Tests.Consumers;

/// <summary>
/// A Linux network namespace of the test's own (<c>ip netns add</c>, as root): nft rules loaded in it filter only its
/// traffic and leave the machine's alone. Deleted when disposed.
/// </summary>
internal sealed class NetworkNamespace : IDisposable
{
    public NetworkNamespace()
    {
        Name = "ep" + Guid.NewGuid().ToString("N").Substring(0, 10);
        Must("ip", "netns", "add", Name);
        Exec("ip", "link", "set", "lo", "up");
    }

    public string Name { get; }

    /// <summary>Runs a program inside the namespace.</summary>
    public (int ExitCode, string Output, string Error) Exec(params string[] command) =>
        Shell.Run("ip", ["netns", "exec", Name, .. command]);

    /// <summary>Runs a program inside the namespace and fails the test if it fails.</summary>
    public string Must(params string[] command)
    {
        var (exit, output, error) = Exec(command);
        Assert.True(exit == 0, string.Join(" ", command) + ": " + output + error);
        return output;
    }

    public void Dispose() => Shell.Run("ip", ["netns", "del", Name]);

    private static void Must(string program, params string[] arguments)
    {
        var (exit, output, error) = Shell.Run(program, arguments);
        Assert.True(exit == 0, program + " " + string.Join(" ", arguments) + ": " + output + error);
    }
}
