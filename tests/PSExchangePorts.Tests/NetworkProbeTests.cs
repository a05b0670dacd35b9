using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using ExchangePorts.Tests.Shared;
using Xunit;

namespace PSExchangePorts.Tests;

/// <summary>
/// Test-ExchangePort across a real link: two network namespaces joined by a veth pair, the servers' side with SMTP
/// listening and nftables dropping EdgeSync for one address. Stand-ins of Get-ExchangeServer objects (an Exchange 2019
/// and an Exchange 2007 Edge server) are piped to it on the other side; its verdicts must be exchange-ports probe's
/// and nmap's on the same ports, and its results must come as they are found.
/// </summary>
[Collection(ModuleCollection.Collection)]
public class NetworkProbeTests(InstalledModule module)
{
    private const string Edge2019 = "10.79.0.1";
    private const string Edge2007 = "10.79.0.2";

    [SystemToolFact("nft", needsRoot: true, alsoNeeds: "nmap")]
    public void Servers_piped_from_Get_ExchangeServer_get_the_verdicts_of_exchange_ports_and_nmap_as_they_are_found()
    {
        var id = Guid.NewGuid().ToString("N").Substring(0, 8);
        var (servers, probe) = ("s" + id, "p" + id);
        var folder = Directory.CreateTempSubdirectory("psexchangeports-net-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "listen.py"), "import socket, time\ns = socket.socket()\ns.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)\ns.bind(('0.0.0.0', 25))\ns.listen(50)\ntime.sleep(120)\n");
            File.WriteAllText(Path.Combine(folder, "drop.nft"), "table inet lab {\n\tchain input {\n\t\ttype filter hook input priority filter; policy accept;\n\t\tip daddr " + Edge2019 + " tcp dport 50636 drop\n\t}\n}\n");
            Must(
                "ip netns add " + servers + " && ip netns add " + probe +
                " && ip link add s" + id + " netns " + servers + " type veth peer name p" + id + " netns " + probe +
                " && ip -n " + servers + " addr add " + Edge2019 + "/24 dev s" + id + " && ip -n " + servers + " addr add " + Edge2007 + "/24 dev s" + id +
                " && ip -n " + servers + " link set s" + id + " up && ip -n " + servers + " link set lo up" +
                " && ip -n " + probe + " addr add 10.79.0.9/24 dev p" + id + " && ip -n " + probe + " link set p" + id + " up && ip -n " + probe + " link set lo up" +
                " && ip netns exec " + servers + " nft -f '" + folder + "/drop.nft'" +
                " && (ip netns exec " + servers + " python3 '" + folder + "/listen.py' >/dev/null 2>&1 &) && sleep 1");

            var standIns = Path.Combine(AppContext.BaseDirectory, "Pester", "StandIns", "ExchangeServer.ps1");
            var run = module.Run(
                "Import-Module PSExchangePorts; . '" + standIns + "'; " +
                "@(New-ExchangeServerStandIn -Name EDGE19 -Fqdn " + Edge2019 + " -ServerRole Edge -Version 15, 2, 1544, 4; " +
                "  New-ExchangeServerStandIn -Name EDGE07 -Fqdn " + Edge2007 + " -ServerRole Edge -Version 8, 3, 83, 6 -Remote) | " +
                "Test-ExchangePort -TimeoutSec 2 | ForEach-Object { [pscustomobject] @{ At = [DateTime]::UtcNow.Ticks; Host = $_.ComputerName; Port = $_.Port; Transport = $_.Transport; Verdict = $_.Verdict; Catalog = $_.Catalog; Entries = $_.Entries } } | ConvertTo-Json -AsArray",
                TimeSpan.FromMinutes(1),
                "ip", "netns", "exec", probe);
            Assert.True(run.ExitCode == 0, run.Output + run.Error);
            var mine = JsonDocument.Parse(run.Output).RootElement.EnumerateArray().Select(r => new
            {
                At = r.GetProperty("At").GetInt64(),
                Host = r.GetProperty("Host").GetString()!,
                Port = r.GetProperty("Port").GetInt32(),
                Transport = r.GetProperty("Transport").GetString()!,
                Verdict = r.GetProperty("Verdict").GetString()!,
                Catalog = r.GetProperty("Catalog").GetString()!,
                Entries = string.Join(",", r.GetProperty("Entries").EnumerateArray().Select(e => e.GetString())),
            }).ToList();

            // Each server with its own version's catalog.
            Assert.Equal(["Exchange2019Ports"], mine.Where(r => r.Host == Edge2019).Select(r => r.Catalog).Distinct());
            Assert.Equal(["ExchangePorts"], mine.Where(r => r.Host == Edge2007).Select(r => r.Catalog).Distinct());

            foreach (var (host, version) in new[] { (Edge2019, "2019"), (Edge2007, "2007") })
            {
                var theirs = Tool(probe, "probe --host " + host + " --role Edge --exchange " + version + " --format json --timeout 2s");
                Assert.Equal(
                    theirs.Order(StringComparer.Ordinal),
                    mine.Where(r => r.Host == host).Select(r => r.Port + "/" + r.Transport.ToLowerInvariant() + " " + r.Verdict + " " + r.Entries).Order(StringComparer.Ordinal));
            }

            var tcp = mine.Where(r => r.Transport == "TCP" && r.Verdict != "not probed").ToList();
            var nmap = Nmap(probe, tcp.Select(r => r.Port).Distinct(), Edge2019, Edge2007);
            foreach (var result in tcp)
            {
                Assert.True(nmap[(result.Host, result.Port)] == result.Verdict, result.Host + ":" + result.Port + ": nmap " + nmap[(result.Host, result.Port)] + ", Test-ExchangePort " + result.Verdict);
            }

            Assert.Contains(tcp, r => r.Host == Edge2019 && r.Port == 25 && r.Verdict == "open");
            Assert.Contains(tcp, r => r.Host == Edge2019 && r.Port == 50636 && r.Verdict == "filtered");
            Assert.Contains(tcp, r => r.Host == Edge2007 && r.Port == 50636 && r.Verdict == "closed");

            // Streamed: the open port was written while the dropped one was still waiting out its two seconds.
            var open = tcp.Single(r => r.Host == Edge2019 && r.Port == 25);
            var filtered = tcp.Single(r => r.Host == Edge2019 && r.Port == 50636);
            Assert.True(TimeSpan.FromTicks(filtered.At - open.At) > TimeSpan.FromSeconds(1), "The open port's result came " + TimeSpan.FromTicks(filtered.At - open.At) + " before the filtered one's.");
        }
        finally
        {
            // By namespace, not by name: a pattern naming the folder would match this very shell and stop it there.
            Shell("for n in " + servers + " " + probe + "; do ip netns pids $n | xargs -r kill; ip netns del $n; done");
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>exchange-ports probe in the namespace: each result as <c>port/transport verdict entries</c>.</summary>
    private static List<string> Tool(string netns, string arguments)
    {
        var (exit, output) = Shell("ip netns exec " + netns + " dotnet '" + InstalledModule.Tool + "' " + arguments);
        Assert.True(exit is 0 or 1, output);
        using var json = JsonDocument.Parse(output[output.IndexOf('{', StringComparison.Ordinal)..]);
        return json.RootElement.GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("port").GetInt32() + "/" + r.GetProperty("transport").GetString() + " " + r.GetProperty("verdict").GetString() + " " +
                string.Join(",", r.GetProperty("entries").EnumerateArray().Select(e => e.GetString())))
            .ToList();
    }

    /// <summary>nmap's state of each port on each host; a port nmap folds into "Not shown: N closed ports" is closed.</summary>
    private static Dictionary<(string Host, int Port), string> Nmap(string netns, IEnumerable<int> ports, params string[] hosts)
    {
        var list = ports.ToList();
        var (exit, output) = Shell("ip netns exec " + netns + " nmap -sT -Pn -n --max-retries 1 --host-timeout 60s -p " + string.Join(",", list) + " " + string.Join(" ", hosts));
        Assert.True(exit == 0, output);
        var states = new Dictionary<(string, int), string>();
        foreach (var host in hosts)
        {
            var start = output.IndexOf("Nmap scan report for " + host + "\n", StringComparison.Ordinal);
            Assert.True(start >= 0, output);
            var end = output.IndexOf("Nmap scan report for ", start + 1, StringComparison.Ordinal);
            var report = end < 0 ? output[start..] : output[start..end];
            var listed = Regex.Matches(report, @"^(\d+)/tcp\s+(\w+)", RegexOptions.Multiline).ToDictionary(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), m => m.Groups[2].Value);
            foreach (var port in list)
            {
                states[(host, port)] = listed.TryGetValue(port, out var state) ? state : "closed";
            }
        }

        return states;
    }

    private static void Must(string command)
    {
        var (exit, output) = Shell(command);
        Assert.True(exit == 0, command + ":\n" + output);
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
