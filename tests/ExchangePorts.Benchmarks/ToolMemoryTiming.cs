using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

/// <summary>
/// <c>exchange-ports list</c> on a catalog of 1,000,000 rows (about 90 MB of CSV): time and peak memory (the most
/// resident memory, from GNU time's <c>%M</c>) of <c>--format csv</c>, <c>json</c> and <c>table</c>, each written to a
/// file, medians of <see cref="Runs"/> runs that alternate. The goals: JSON within 1.5 × CSV, and no format past 1 GB.
/// Run: <c>dotnet run -c Release --project tests/ExchangePorts.Benchmarks -- --tool-memory</c> (needs /usr/bin/time).
/// </summary>
public static class ToolMemoryTiming
{
    private const int Runs = 5;
    private const int Rows = 1_000_000;

    public static void Run()
    {
        var work = Directory.CreateTempSubdirectory("exchangeports-memory-timing").FullName;
        try
        {
            var tool = ToolStartupTiming.Install(work);
            var catalog = Path.Combine(work, "million.ports.csv");
            using (var file = new StreamWriter(catalog, false, new UTF8Encoding(false)))
            {
                file.Write("group,name,port,transport,from,to,fromRoles,toRoles,service,security,description,source,notes\n");
                for (var i = 0; i < Rows; i++)
                {
                    file.Write(string.Create(CultureInfo.InvariantCulture, $"G{i % 500},E{i},{1 + (i % 65535)},tcp,Mailbox,Edge,Mailbox,Edge,SMTP,TLS,Entry {i},https://x.org/{i % 100},\n"));
                }
            }

            var formats = new[] { "csv", "json", "table" };
            var measured = formats.ToDictionary(f => f, _ => new List<(double Seconds, long Kilobytes)>());
            for (var run = 0; run < Runs; run++)
            {
                foreach (var format in formats)
                {
                    measured[format].Add(Measure(tool, $"list --catalog {catalog} --format {format} -o {Path.Combine(work, "out." + format)}"));
                }
            }

            var csv = Median(measured["csv"].Select(m => m.Seconds).ToList());
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{new FileInfo(catalog).Length / 1_000_000} MB, {Rows:N0} rows"));
            Console.WriteLine("| Command | Time | Ratio to CSV | Peak memory |");
            Console.WriteLine("|---|---:|---:|---:|");
            foreach (var format in formats)
            {
                var seconds = Median(measured[format].Select(m => m.Seconds).ToList());
                var peak = measured[format].Max(m => m.Kilobytes);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| `list --format {format} -o FILE` | {seconds:0.0} s | {seconds / csv:0.00} | {peak / 1024} MB |"));
            }
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static (double Seconds, long Kilobytes) Measure(string tool, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo("/usr/bin/time", $"-f \"%e %M\" {tool} {arguments}") { RedirectStandardError = true, RedirectStandardOutput = true })!;
        _ = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        var last = error.Trim().Split('\n')[^1].Split(' ');
        return (double.Parse(last[0], CultureInfo.InvariantCulture), long.Parse(last[1], CultureInfo.InvariantCulture));
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
