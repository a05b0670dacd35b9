using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading;
using ExchangePorts.Probe.Tests;

/// <summary>
/// <c>exchange-ports probe</c> beside nmap's TCP connect scan (<c>nmap -sT -Pn -n</c>) on the same loopback
/// ports, in one run, start-up included: 1,000 ports of which 50 listen (the rest closed), and 40 ports whose
/// listener's accept queue is full, which drop handshakes (filtered). Checks that the verdicts are equal.
/// The tool is the one built by <see cref="ToolStartupTiming"/>'s install; medians of <see cref="Runs"/> runs.
/// Run: <c>dotnet run -c Release --project tests/ExchangePorts.Benchmarks -- --probe</c> (needs nmap).
/// </summary>
public static class ProbeTiming
{
    private const int Runs = 5;
    private const int FirstPort = 41000;

    public static void Run()
    {
        var work = Directory.CreateTempSubdirectory("exchangeports-probe-timing").FullName;
        var owned = new List<IDisposable>();
        try
        {
            var tool = ToolStartupTiming.Install(work);
            var listeners = new List<int>();
            for (var port = FirstPort; port < FirstPort + 1000 && listeners.Count < 50; port += 20)
            {
                var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                listener.Bind(new IPEndPoint(IPAddress.Loopback, port));
                listener.Listen(512);
                owned.Add(listener);
                listeners.Add(port);
                var accepting = new Thread(() => { try { while (true) { listener.Accept().Dispose(); } } catch (SocketException) { } catch (ObjectDisposedException) { } }) { IsBackground = true };
                accepting.Start();
            }

            var thousand = Enumerable.Range(FirstPort, 1000).ToList();
            Compare("1,000 loopback ports, 50 open", tool, work, thousand, "--parallel 256 --timeout 1s", string.Empty);

            var filtered = Enumerable.Range(0, 40).Select(_ => DroppingListener.Open(owned)).ToList();
            Compare("40 filtered ports", tool, work, filtered, "--parallel 40 --timeout 1s", string.Empty);
        }
        finally
        {
            owned.ForEach(o => o.Dispose());
            Directory.Delete(work, recursive: true);
        }
    }

    private static void Compare(string title, string tool, string work, List<int> ports, string toolOptions, string nmapOptions)
    {
        var catalog = Path.Combine(work, "bench.ports.csv");
        File.WriteAllText(catalog, "name,port,transport\n" + string.Concat(ports.Select(p => "P" + p + "," + p + ",tcp\n")));
        var list = string.Join(",", ports);
        var ours = new List<double>();
        var theirs = new List<double>();
        Dictionary<int, string> ourVerdicts = [];
        Dictionary<int, string> nmapVerdicts = [];
        for (var run = 0; run < Runs; run++)
        {
            var (ourTime, ourOutput) = Time(tool, $"probe --host 127.0.0.1 --catalog \"{catalog}\" --format json {toolOptions}");
            ours.Add(ourTime);
            using (var json = JsonDocument.Parse(ourOutput))
            {
                ourVerdicts = json.RootElement.GetProperty("results").EnumerateArray().ToDictionary(r => r.GetProperty("port").GetInt32(), r => r.GetProperty("verdict").GetString()!);
            }

            var (nmapTime, nmapOutput) = Time("nmap", $"-sT -Pn -n {nmapOptions} -p {list} 127.0.0.1");
            theirs.Add(nmapTime);
            var listed = Regex.Matches(nmapOutput, @"^(\d+)/tcp\s+(\w+)", RegexOptions.Multiline).ToDictionary(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), m => m.Groups[2].Value);
            var hidden = Regex.Match(nmapOutput, @"Not shown: \d+ (\w+) tcp ports") is { Success: true } m ? m.Groups[1].Value : "closed";
            nmapVerdicts = ports.ToDictionary(p => p, p => listed.TryGetValue(p, out var state) ? state : hidden);
        }

        var differ = ports.Count(p => ourVerdicts[p] != nmapVerdicts[p]);
        var counts = string.Join(", ", ourVerdicts.Values.GroupBy(v => v).OrderBy(g => g.Key).Select(g => g.Count() + " " + g.Key));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {title} ({counts}) | {Median(ours):0} ms | {Median(theirs):0} ms | {Median(ours) / Median(theirs):0.00} | {(differ == 0 ? "equal" : differ + " differ")} |"));
    }

    private static (double Milliseconds, string Output) Time(string program, string arguments)
    {
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        watch.Stop();
        _ = error.Result;
        return (watch.Elapsed.TotalMilliseconds, output);
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
