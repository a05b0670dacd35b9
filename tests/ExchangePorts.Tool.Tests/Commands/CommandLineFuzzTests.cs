using System;
using System.IO;
using System.Linq;
using CsCheck;
using ExchangePorts.Operations.Planning;
using ExchangePorts.Tool.Tests.Hostile;
using ExchangePorts.Tool.Tests.Infrastructure;
using Xunit;

namespace ExchangePorts.Tool.Tests.Commands;

/// <summary>
/// Random command lines made of the tool's own words and wrong ones: whatever they are, a run ends with an exit code
/// that means something (0 to 3), never an exception, and what it says on standard error has no stack trace and
/// nothing hidden.
/// </summary>
public class CommandLineFuzzTests
{
    private static readonly string[] Commands = ["list", "find", "diagram", "firewall", "probe", "lst", "", "--help", "--version"];

    private static readonly string[] Options =
    [
        "--exchange", "-e", "--catalog", "-c", "--output", "-o", "--format", "-f", "--port", "-p", "--from", "--to", "--group", "-g", "--role", "-r",
        "--outbound", "--allow", "-a", "--allow-any", "--host", "-H", "--topology", "--timeout", "-t", "--parallel", "-j", "--sweep-ranges", "--banner",
        "--", "-", "--exchange=2019", "--format:json", "-x", "--alow",
    ];

    private static readonly string[] Values =
    [
        "2007", "2010", "2013", "2016", "2019", "SE", "2019,2016", "2020", "", " ", "Edge", "Mailbox", "edge", "Edgee", "Local", "Internet=Any",
        "Mailbox=10.1.0.0/24", "Mailbox=10.1", "Mailbox=fe80::1%1", "x=Any", "=", "25", "0", "-5", "65536", "1-65535", "443", "EdgeSync.SecureLdap",
        "json", "csv", "table", "markdown", "mermaid", "dot", "powershell", "netsh", "nftables", "7", "-1", "1s", "500ms", "500", "0s", "1e3ms",
        "127.0.0.1", "::1", "[::1]", "a..b", "edge 01", "1", "4096", "99999", "/dev/zero", "/dev/null", "/tmp", "/no/such/file", "\u001B[2J", "\u202E", "%PATH%",
    ];

    private static readonly Gen<string> Token = Gen.Frequency(
        (4, Gen.OneOf(Options)),
        (5, Gen.OneOf(Values)),
        (1, HostileText.Text));

    /// <summary>
    /// The command line with every host a probe could look up in DNS made an address of this machine, a short
    /// timeout, and every output file in the test's folder: a probe stays on loopback and takes a moment.
    /// </summary>
    private static string[] Local(string[] arguments, string output)
    {
        var local = arguments.ToArray();
        for (var i = 0; i + 1 < local.Length; i++)
        {
            // A file is written only in the test's folder.
            if (local[i] is "--output" or "-o" && local[i + 1] is not ("" or "-" or "/dev/null" or "/dev/zero" or "/tmp"))
            {
                local[i + 1] = output;
            }

            // Only loopback is probed: a name or any other address becomes 127.0.0.1.
            if (local[i] is "--host" or "-H" && Hosts.Problem(local[i + 1]) is null &&
                !(System.Net.IPAddress.TryParse(local[i + 1].Trim().Trim('[', ']'), out var address) && System.Net.IPAddress.IsLoopback(address)))
            {
                local[i + 1] = "127.0.0.1";
            }
        }

        return local.Contains("probe") ? [.. local, "--timeout", "50ms"] : local;
    }

    [Fact]
    public void Any_command_line_ends_with_a_meaningful_exit_code_and_no_stack_trace()
    {
        using var folder = new TempFolder();
        var catalog = folder.Write("my.ports.csv", "name,port,transport,fromRoles,toRoles\nSmtp,25,tcp,Internet,Edge\nClosed,1,tcp,Mailbox,Edge\n");
        var paths = Gen.OneOf(catalog, folder.PathOf("out.txt"), folder.PathOf("sub/none.txt"), folder.Path);
        Gen.Select(Gen.OneOf(Commands), Gen.Frequency((6, Token), (1, paths)).Array[0, 10], (command, rest) => (string[])[command, .. rest]).Sample(arguments =>
        {
            var run = ToolRunner.Run(Local(arguments, folder.PathOf("out.txt")));
            Assert.InRange(run.ExitCode, 0, 3);
            Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", run.Error, StringComparison.Ordinal);
            Assert.False(HostileText.HasHidden(run.Error.Replace(Environment.NewLine, string.Empty, StringComparison.Ordinal)), run.Error);
            if (run.ExitCode == 2)
            {
                Assert.NotEmpty(run.ErrorLines);
            }
        }, iter: 1500);
    }
}
