using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;

/// <summary>
/// <c>exchange-ports probe</c> beside nmap at scale, each in a network namespace of its own (as root), start-up
/// included, in one run: a sweep of all 65,535 TCP ports of loopback (100 listening), and a topology of 20 hosts
/// with 40 ports each (10 listening, 10 dropped by nft, 20 closed). Verdicts of every port compared with nmap's.
/// For the topology the goal is one timeout and a half plus nmap's time for the open and closed ports alone.
/// Run: <c>dotnet run -c Release --project tests/ExchangePorts.Benchmarks -- --probe-sweep</c> (needs nmap, nft, ip, python3).
/// </summary>
public static class ProbeSweepTiming
{
    private const int Runs = 5;
    private const int Hosts = 20;

    public static void Run()
    {
        var work = Directory.CreateTempSubdirectory("exchangeports-sweep-timing").FullName;
        var space = "epbench" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        Process? listener = null;
        try
        {
            var tool = ToolStartupTiming.Install(work);
            Must("ip", $"netns add {space}");
            Must("ip", $"netns exec {space} ip link set lo up");
            for (var h = 1; h <= Hosts; h++)
            {
                Must("ip", $"netns exec {space} ip addr add 10.99.0.{h}/32 dev lo");
            }

            // 100 listeners across the range for the sweep; 10 of the topology's 40 ports listen on every host.
            var random = new Random(7);
            var sweepOpen = Enumerable.Range(0, 100).Select(_ => random.Next(1, 65536)).Distinct().Where(p => p is < 40000 or > 40039).ToList();
            var ports = Enumerable.Range(40000, 40).ToList();
            var open = ports.Take(10).ToList();
            var dropped = ports.Skip(10).Take(10).ToList();
            var script = Path.Combine(work, "listen.py");
            File.WriteAllText(script, "import socket, sys, time\nsockets = []\nfor p in sys.argv[1:]:\n    s = socket.socket()\n    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)\n    s.bind(('0.0.0.0', int(p)))\n    s.listen(1024)\n    sockets.append(s)\nprint('ready', flush=True)\ntime.sleep(3600)\n");
            listener = Process.Start(new ProcessStartInfo("ip", $"netns exec {space} python3 {script} {string.Join(" ", sweepOpen.Concat(open))}") { RedirectStandardOutput = true })!;
            listener.StandardOutput.ReadLine();
            var rules = Path.Combine(work, "drop.nft");
            // Only the opening SYN is dropped: a reply to a connect from one of these ports (an ephemeral port) must pass.
            File.WriteAllText(rules, "table inet bench {\n\tchain input {\n\t\ttype filter hook input priority 0; policy accept;\n\t\ttcp flags & (syn | ack) == syn tcp dport { " + string.Join(", ", dropped) + " } drop\n\t}\n}\n");
            Must("ip", $"netns exec {space} nft -f {rules}");

            Console.WriteLine("| Probe | exchange-ports | nmap | Ratio | Verdicts |");
            Console.WriteLine("|---|---:|---:|---:|---|");
            var all = Path.Combine(work, "all.ports.csv");
            File.WriteAllText(all, "name,port,transport\nEvery,1-65535,tcp\n");
            Compare(
                "All 65,535 ports of loopback (100 open), `--sweep-ranges --parallel 1024 --timeout 1s`; `nmap -sT -Pn -n -p-`",
                space,
                $"{tool} probe --host 127.0.0.1 --catalog {all} --sweep-ranges --parallel 1024 --timeout 1s --format json",
                "nmap -sT -Pn -n -p- 127.0.0.1",
                Enumerable.Range(1, 65535).Select(p => ("127.0.0.1", p)).ToList());

            var catalog = Path.Combine(work, "site.ports.csv");
            File.WriteAllText(catalog, "name,port,transport,fromRoles,toRoles\n" + string.Concat(ports.Select(p => "P" + p + "," + p + ",tcp,Mailbox,Edge\n")));
            var topology = Path.Combine(work, "site.json");
            var hosts = Enumerable.Range(1, Hosts).Select(h => "10.99.0." + h.ToString(CultureInfo.InvariantCulture)).ToList();
            File.WriteAllText(topology, "{ \"Edge\": [" + string.Join(", ", hosts.Select(h => "\"" + h + "\"")) + "] }");
            var (ours, _) = Compare(
                "20 hosts × 40 ports (200 dropped), `--topology --parallel 1024 --timeout 1s`; `nmap -sT -Pn -n --max-retries 0`",
                space,
                $"{tool} probe --topology {topology} --from Mailbox --catalog {catalog} --parallel 1024 --timeout 1s --format json",
                $"nmap -sT -Pn -n --max-retries 0 -p {string.Join(",", ports)} {string.Join(" ", hosts)}",
                hosts.SelectMany(h => ports.Select(p => (h, p))).ToList());
            var answered = ports.Except(dropped).ToList();
            var nmapAnswered = Median(Enumerable.Range(0, Runs).Select(_ => Time(space, $"nmap -sT -Pn -n -p {string.Join(",", answered)} {string.Join(" ", hosts)}").Milliseconds).ToList());
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"\nTopology goal: 1.5 × 1 s + nmap on the 600 open and closed ports alone ({nmapAnswered:0} ms) = {1500 + nmapAnswered:0} ms; exchange-ports {ours:0} ms."));
        }
        finally
        {
            listener?.Kill(entireProcessTree: true);
            Shell("ip", $"netns del {space}");
            Directory.Delete(work, recursive: true);
        }
    }

    private static (double Ours, double Theirs) Compare(string title, string space, string toolCommand, string nmapCommand, List<(string Host, int Port)> probed)
    {
        var ours = new List<double>();
        var theirs = new List<double>();
        Dictionary<(string, int), string> ourVerdicts = [];
        Dictionary<(string, int), string> nmapVerdicts = [];
        for (var run = 0; run < Runs; run++)
        {
            var (ourTime, ourOutput) = Time(space, toolCommand);
            ours.Add(ourTime);
            using (var json = JsonDocument.Parse(ourOutput))
            {
                ourVerdicts = json.RootElement.GetProperty("results").EnumerateArray().ToDictionary(r => (r.GetProperty("host").GetString()!, r.GetProperty("port").GetInt32()), r => r.GetProperty("verdict").GetString()!);
            }

            var (nmapTime, nmapOutput) = Time(space, nmapCommand + " -oG -");
            theirs.Add(nmapTime);
            nmapVerdicts = [];
            foreach (Match host in Regex.Matches(nmapOutput, @"^Host: (\S+) .*?Ports: (.*?)(\t|$)", RegexOptions.Multiline))
            {
                foreach (var port in host.Groups[2].Value.Split(", "))
                {
                    var fields = port.Split('/');
                    nmapVerdicts[(host.Groups[1].Value, int.Parse(fields[0], CultureInfo.InvariantCulture))] = fields[1];
                }
            }
        }

        // nmap leaves out the ports of its most common state ("Ignored State: closed"); those are closed.
        var differing = probed.Where(p => ourVerdicts.GetValueOrDefault(p, "missing") != nmapVerdicts.GetValueOrDefault(p, "closed")).ToList();
        var differ = differing.Count;
        foreach (var (host, port) in differing.Take(5))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {host}:{port}: exchange-ports {ourVerdicts.GetValueOrDefault((host, port), "missing")}, nmap {nmapVerdicts.GetValueOrDefault((host, port), "closed")}"));
        }

        var counts = string.Join(", ", ourVerdicts.Values.GroupBy(v => v).OrderBy(g => g.Key).Select(g => g.Count().ToString(CultureInfo.InvariantCulture) + " " + g.Key));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {title}: {counts} | {Median(ours):0} ms | {Median(theirs):0} ms | {Median(ours) / Median(theirs):0.00} | {(differ == 0 ? "equal" : differ + " differ")} |"));
        return (Median(ours), Median(theirs));
    }

    private static (double Milliseconds, string Output) Time(string space, string command)
    {
        var watch = Stopwatch.StartNew();
        var (_, output) = Shell("ip", $"netns exec {space} {command}");
        return (watch.Elapsed.TotalMilliseconds, output);
    }

    private static void Must(string program, string arguments)
    {
        var (exit, output) = Shell(program, arguments);
        if (exit != 0)
        {
            throw new InvalidOperationException(program + " " + arguments + ": " + output);
        }
    }

    private static (int ExitCode, string Output) Shell(string program, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + error.Result);
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
