using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using ExchangePorts.Probe.Tests;
using ExchangePorts.Tests.Shared;
using ExchangePorts.Tool.Tests.Infrastructure;
using Xunit;

namespace ExchangePorts.Tool.Tests.Installed;

/// <summary>
/// The probe against the real references: nmap's verdicts on the same ports, and the firewall rules the tool
/// writes, loaded into a private network namespace and probed through.
/// </summary>
[Collection(ToolCollection.Collection)]
public class ToolProbeNetworkTests(InstalledTool tool)
{
    [SystemToolFact("nmap")]
    public void Verdicts_equal_nmap_s_on_the_same_open_closed_and_filtered_ports()
    {
        using var hosts = new LoopbackHosts();
        using var folder = new TempFolder();
        var ports = new List<int>();
        for (var i = 0; i < 5; i++)
        {
            ports.Add(hosts.Open());
            ports.Add(LoopbackHosts.Closed());
            ports.Add(hosts.Filtered());
        }

        folder.Write("lab.ports.csv", "name,port,transport\n" + string.Concat(ports.Select(p => "P" + p + "," + p + ",tcp\n")));
        var run = tool.Run("probe --host 127.0.0.1 --catalog lab.ports.csv --format json --timeout 1s", folder.Path);
        using var json = JsonDocument.Parse(run.Output);
        var ours = json.RootElement.GetProperty("results").EnumerateArray().ToDictionary(r => r.GetProperty("port").GetInt32(), r => r.GetProperty("verdict").GetString());

        var (exit, nmap) = Shell("nmap -sT -Pn -n --max-retries 1 --host-timeout 60s -p " + string.Join(",", ports) + " 127.0.0.1");
        Assert.True(exit == 0, nmap);
        var theirs = Regex.Matches(nmap, @"^(\d+)/tcp\s+(\w+)", RegexOptions.Multiline).ToDictionary(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), m => m.Groups[2].Value);
        foreach (var port in ports)
        {
            // nmap folds ports of one state into "Not shown: N closed ports"; a port it does not list is closed.
            var expected = theirs.TryGetValue(port, out var state) ? state : "closed";
            Assert.True(expected == ours[port], port + ": nmap " + expected + ", exchange-ports " + ours[port] + "\n" + nmap);
        }

        Assert.Equal(["closed", "filtered", "open"], ours.Values.Distinct().Order());
    }

    [SystemToolFact("nft", needsRoot: true)]
    public void Through_the_Edge_rules_the_tool_writes_25_is_open_and_50636_filtered_for_a_host_outside_the_Mailbox_network()
    {
        using var folder = new TempFolder();
        var rules = tool.Run("firewall --role Edge --exchange 2019 --allow Internet=Any --allow Mailbox=10.78.0.0/29 --allow ExchangeOnline=Any --format nftables --output edge.nft", folder.Path);
        Assert.Equal(0, rules.ExitCode);
        folder.Write("listen.py", "import socket, time\nsockets = []\nfor port in (25, 50636):\n    s = socket.socket()\n    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)\n    s.bind(('0.0.0.0', port))\n    s.listen(50)\n    sockets.append(s)\ntime.sleep(30)\n");

        // Two hosts on one link: the Edge server (10.78.0.1, the rules loaded, listeners on both ports) and a Mailbox
        // server outside the Mailbox network the rules allow (10.78.0.9), which runs the probe.
        var id = Guid.NewGuid().ToString("N").Substring(0, 8);
        var (edge, mailbox) = ("e" + id, "m" + id);
        try
        {
            var (exit, output) = Shell(
                "cd '" + folder.Path + "' && ip netns add " + edge + " && ip netns add " + mailbox +
                " && ip link add e" + id + " netns " + edge + " type veth peer name m" + id + " netns " + mailbox +
                " && ip -n " + edge + " addr add 10.78.0.1/24 dev e" + id + " && ip -n " + edge + " link set e" + id + " up" +
                " && ip -n " + mailbox + " addr add 10.78.0.9/24 dev m" + id + " && ip -n " + mailbox + " link set m" + id + " up" +
                " && ip netns exec " + edge + " nft -f edge.nft && (ip netns exec " + edge + " python3 listen.py &) && sleep 1" +
                " && ip netns exec " + mailbox + " \"" + tool.Executable + "\" probe --host 10.78.0.1 --role Edge --from Mailbox --exchange 2019 --format json --timeout 1s");
            Assert.True(exit is 0 or 1, output);
            using var json = JsonDocument.Parse(output[output.IndexOf('{', StringComparison.Ordinal)..]);
            var verdicts = json.RootElement.GetProperty("results").EnumerateArray()
                .Select(r => r.GetProperty("qualifiedName").GetString() + " " + r.GetProperty("port").GetInt32() + " " + r.GetProperty("verdict").GetString()).ToList();
            Assert.Equal(["MailboxToEdge.Smtp 25 open", "EdgeSync.SecureLdap 50636 filtered"], verdicts);
        }
        finally
        {
            // By namespace, not by name: a pattern naming the folder would match this very shell and stop it there.
            Shell("for n in " + edge + " " + mailbox + "; do ip netns pids $n | xargs -r kill; ip netns del $n; done");
        }
    }

    [SystemToolFact("nmap", needsRoot: true)]
    public void Unexpected_reports_every_open_port_no_entry_grants_and_its_open_ports_are_nmap_s()
    {
        using var folder = new TempFolder();
        // Internet may reach the Edge server on 2525 only; 3389 and 50636 (granted to Mailbox, not to Internet) listen too.
        folder.Write("lab.ports.csv", "name,port,transport,from,to,fromRoles,toRoles\nSmtp,2525,tcp,Internet,Edge,Internet,Edge\nEdgeSync,50636,tcp,Mailbox,Edge,Mailbox,Edge\n");
        folder.Write("listen.py", "import socket, time\nsockets = []\nfor port in (2525, 3389, 50636):\n    s = socket.socket()\n    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)\n    s.bind(('127.0.0.1', port))\n    s.listen(50)\n    sockets.append(s)\ntime.sleep(60)\n");
        var edge = "u" + Guid.NewGuid().ToString("N").Substring(0, 8);
        try
        {
            var (exit, output) = Shell(
                "cd '" + folder.Path + "' && ip netns add " + edge + " && ip -n " + edge + " link set lo up" +
                " && (ip netns exec " + edge + " python3 listen.py >/dev/null 2>&1 &) && sleep 1" +
                " && ip netns exec " + edge + " \"" + tool.Executable + "\" probe --host 127.0.0.1 --role Edge --from Internet --catalog lab.ports.csv --unexpected --parallel 1024 --timeout 1s --format json");
            Assert.True(exit == 1, output);
            using var json = JsonDocument.Parse(output[output.IndexOf('{', StringComparison.Ordinal)..]);
            var unexpected = json.RootElement.GetProperty("unexpected").EnumerateArray().Select(r => r.GetProperty("port").GetInt32()).Order().ToList();
            Assert.Equal([3389, 50636], unexpected);
            Assert.Equal(2, json.RootElement.GetProperty("summary").GetProperty("unexpected").GetInt32());
            Assert.Equal(["2525 open"], json.RootElement.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("port").GetInt32() + " " + r.GetProperty("verdict").GetString()));

            var (nmapExit, nmap) = Shell("ip netns exec " + edge + " nmap -sT -Pn -n -p- --max-retries 1 127.0.0.1");
            Assert.True(nmapExit == 0, nmap);
            var open = Regex.Matches(nmap, @"^(\d+)/tcp\s+open", RegexOptions.Multiline).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).Order().ToList();
            Assert.Equal([2525, 3389, 50636], open);
        }
        finally
        {
            Shell("ip netns pids " + edge + " | xargs -r kill; ip netns del " + edge);
        }
    }

    private static (int ExitCode, string Output) Shell(string command)
    {
        using var process = Process.Start(new ProcessStartInfo("sh", ["-c", command]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + error.Result);
    }
}
