using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;

/// <summary>
/// What a script pays for one <c>exchange-ports</c> command, start to exit: the tool packed and installed as a
/// user installs it (<c>dotnet tool install --tool-path</c>), against the floor of an empty console app packed
/// and installed the same way. Output goes to a pipe, as in a script. Not BenchmarkDotNet: a whole process per
/// measurement; the two alternate, and each figure is the median of <see cref="Runs"/> runs.
/// Run: <c>dotnet run -c Release --project tests/ExchangePorts.Benchmarks -- --tool-startup</c>.
/// </summary>
public static class ToolStartupTiming
{
    private const int Runs = 31;

    /// <summary>Packs and installs the tool into <paramref name="work"/>; returns the command's path.</summary>
    public static string Install(string work)
    {
        var version = "0.1.0-timing." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture);
        var feed = Path.Combine(work, "feed");
        var tools = Path.Combine(work, "tools");
        Dotnet(work, $"pack \"{Path.Combine(FindRoot(), "src", "ExchangePorts.Tool", "ExchangePorts.Tool.csproj")}\" -c Release -o \"{feed}\" -p:Version={version}");
        Dotnet(work, $"tool install ExchangePorts.Tool --tool-path \"{tools}\" --add-source \"{feed}\" --version {version}");
        return Path.Combine(tools, "exchange-ports");
    }

    public static void Run()
    {
        var work = Directory.CreateTempSubdirectory("exchangeports-tool-timing").FullName;
        try
        {
            var version = "0.1.0-timing." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
            var feed = Path.Combine(work, "feed");
            var tools = Path.Combine(work, "tools");
            var empty = Path.Combine(work, "empty");
            Directory.CreateDirectory(empty);
            File.WriteAllText(Path.Combine(empty, "EmptyTool.csproj"), """
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <PackAsTool>true</PackAsTool>
                    <ToolCommandName>empty-tool</ToolCommandName>
                    <ImplicitUsings>disable</ImplicitUsings>
                  </PropertyGroup>
                </Project>
                """);
            File.WriteAllText(Path.Combine(empty, "Program.cs"), "System.Console.WriteLine(\"empty\");\n");
            var root = FindRoot();
            Dotnet(work, $"pack \"{Path.Combine(root, "src", "ExchangePorts.Tool", "ExchangePorts.Tool.csproj")}\" -c Release -o \"{feed}\" -p:Version={version}");
            Dotnet(work, $"pack \"{empty}\" -c Release -o \"{feed}\" -p:Version={version}");
            Dotnet(work, $"tool install ExchangePorts.Tool --tool-path \"{tools}\" --add-source \"{feed}\" --version {version}");
            Dotnet(work, $"tool install EmptyTool --tool-path \"{tools}\" --add-source \"{feed}\" --version {version}");

            var commands = new (string Name, string Program, string Arguments)[]
            {
                ("empty console app (the floor)", "empty-tool", string.Empty),
                ("exchange-ports find 443", "exchange-ports", "find 443"),
                ("exchange-ports find 443 --format json", "exchange-ports", "find 443 --format json"),
                ("exchange-ports firewall --role Edge --exchange 2019 --allow-any --format nftables", "exchange-ports", "firewall --role Edge --exchange 2019 --allow-any --format nftables"),
            };
            var times = commands.Select(_ => new List<double>()).ToArray();
            for (var run = 0; run < Runs; run++)
            {
                for (var c = 0; c < commands.Length; c++)
                {
                    times[c].Add(Time(Path.Combine(tools, commands[c].Program), commands[c].Arguments));
                }
            }

            var floor = Median(times[0]);
            Console.WriteLine("| Command | Median | Ratio to the floor |");
            Console.WriteLine("|---|---:|---:|");
            for (var c = 0; c < commands.Length; c++)
            {
                var median = Median(times[c]);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {commands[c].Name} | {median:0} ms | {median / floor:0.00} |"));
            }
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static double Time(string program, string arguments)
    {
        var start = new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        watch.Stop();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(program + " " + arguments + " exited with " + process.ExitCode);
        }

        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    private static void Dotnet(string folder, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo("dotnet", arguments) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException("dotnet " + arguments + " failed:\n" + output);
        }
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ExchangePorts.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root is not above " + AppContext.BaseDirectory);
    }
}
