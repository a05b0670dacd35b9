using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using ExchangePorts.Tests.Shared;
using ExchangePorts.Tool.Tests.Consumers;
using ExchangePorts.Tool.Tests.Infrastructure;
using Xunit;

namespace ExchangePorts.Tool.Tests.Probe;

/// <summary>
/// <c>probe</c> tells the truth at any scale: the paths that reach a role across the network, each port once per host
/// for every entry on it, one budget of sockets within the open-file limit, no port open that only reached itself.
/// </summary>
public class ProbeCommandTests
{
    [Fact]
    public void A_role_gets_the_paths_that_reach_it_across_the_network_each_port_once_for_every_entry_on_it()
    {
        var run = ToolRunner.Run("probe", "--host", "127.0.0.1", "--role", "Edge", "--timeout", "200ms", "--format", "json");
        Assert.True(run.ExitCode is 0 or 1, run.Error);
        var results = Results(run.Output);
        Assert.Equal(["25/tcp", "50636/tcp"], results.Select(r => r.GetProperty("port").GetInt32() + "/" + r.GetProperty("transport").GetString()));
        Assert.Equal(
            ["Exchange2019Ports.InternetToEdge.Smtp", "Exchange2019Ports.MailboxToEdge.Smtp", "Exchange2019Ports.EdgeTransport.Smtp", "Exchange2019Ports.Hybrid.Smtp"],
            results[0].GetProperty("entries").EnumerateArray().Select(e => e.GetString()));
        Assert.DoesNotContain(results, r => r.GetProperty("qualifiedName").GetString() == "EdgeAdLds.Ldap");
    }

    [Fact]
    public void Several_hosts_are_probed_with_one_command_each_for_its_ports()
    {
        var run = ToolRunner.Run("probe", "--host", "127.0.0.1", "--host", "127.0.0.2", "--host", "127.0.0.1", "--role", "Edge", "--timeout", "200ms", "--format", "json");
        Assert.True(run.ExitCode is 0 or 1, run.Error);
        Assert.Equal(
            ["127.0.0.1 25", "127.0.0.1 50636", "127.0.0.2 25", "127.0.0.2 50636"],
            Results(run.Output).Select(r => r.GetProperty("host").GetString() + " " + r.GetProperty("port").GetInt32()));
    }

    [SystemToolFact("sh")]
    public void Under_a_low_open_file_limit_no_verdict_is_too_many_open_files_and_UDP_does_not_crash_it()
    {
        using var folder = new TempFolder();
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start(4096);
        var open = ((IPEndPoint)listener.LocalEndpoint).Port;
        var rows = Enumerable.Range(0, 2000).Select(i => "P" + i + "," + (i == 0 ? open : 20000 + i) + ",tcp").Append("Dns,53,udp");
        var catalog = folder.Write("many.ports.csv", "name,port,transport\n" + string.Join("\n", rows) + "\n");

        var (exit, output, error) = ToolProcess.Sh("ulimit -n 200 && exec \"$TOOL\" " + ToolProcess.Quote("probe", "--host", "127.0.0.1", "--catalog", catalog, "--parallel", "4096", "--timeout", "2s", "--format", "json"));
        Assert.True(exit is 0 or 1, "exit code " + exit + ": " + error);
        var results = Results(output);
        Assert.Equal(2001, results.Count);
        Assert.DoesNotContain(results, r => r.GetProperty("verdict").GetString() == "error");
        Assert.Equal("open", results[0].GetProperty("verdict").GetString());
    }

    [SystemToolFact("sh")]
    public void At_every_open_file_limit_a_probe_finishes_or_is_one_line_and_exit_code_4()
    {
        using var folder = new TempFolder();
        var catalog = folder.Write("range.ports.csv", "group,name,port,transport,fromRoles,toRoles\nG,Range,20000-20400,tcp,Client,Srv\n");
        foreach (var limit in Enumerable.Range(8, 12).Select(i => i * 8))
        {
            var (exit, output, error) = ToolProcess.Sh(
                "ulimit -n " + limit + " && exec \"$TOOL\" " + ToolProcess.Quote("probe", "--host", "127.0.0.1", "--role", "Srv", "--catalog", catalog, "--sweep-ranges", "--timeout", "1s", "--format", "json"), timeoutSeconds: 60);
            Assert.True(exit is 1 or 4, "ulimit -n " + limit + ": exit " + exit + "\n" + error);
            if (exit == 4)
            {
                Assert.StartsWith("error: ", Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
                continue;
            }

            Assert.DoesNotContain(Results(output), r => r.GetProperty("verdict").GetString() == "error");
        }
    }

    [SystemToolFact("ip", needsRoot: true)]
    public void A_connection_that_reached_its_own_socket_is_not_open()
    {
        using var space = new NetworkNamespace();

        // The only local port the kernel may give is the port probed: the connect meets itself (TCP's simultaneous open).
        space.Must("sysctl", "-w", "net.ipv4.ip_local_port_range=40000 40000");
        using var folder = new TempFolder();
        var catalog = folder.Write("self.ports.csv", "name,port,transport\nSelf,40000,tcp\n");
        var (_, output, error) = space.Exec(ToolProcess.Executable, "probe", "--host", "127.0.0.1", "--catalog", catalog, "--format", "json");
        var result = Assert.Single(Results(output + error));
        Assert.Equal("closed", result.GetProperty("verdict").GetString());
        Assert.Contains("reached its own socket", result.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private static List<JsonElement> Results(string json) =>
        JsonDocument.Parse(json[json.IndexOf('{', StringComparison.Ordinal)..]).RootElement.GetProperty("results").EnumerateArray().ToList();
}
