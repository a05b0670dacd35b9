using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using ExchangePorts.Build.Tests.Infrastructure;
using ExchangePorts.Generators;
using Microsoft.CodeAnalysis;

/// <summary>
/// What an editor user waits for, through a real language server (csharp-ls, from the repository's tool
/// manifest): a console project with the default catalogs, then with a 6,000-row catalog added, and
/// without ExchangePorts (the server's floor). Times a file's diagnostics from opening it until the
/// analyzer's warning is in them, the same after a first one-line edit and after later ones, for a second
/// file opened, and a completion; and the server's memory. Not BenchmarkDotNet: one process per measurement, as
/// an editor session is; each figure is the median of <see cref="Sessions"/> sessions.
/// Run: <c>dotnet run -c Release --project tests/ExchangePorts.Benchmarks -- --language-server</c>.
/// </summary>
public static class LanguageServerTiming
{
    private const int Sessions = 3;

    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    // Marks the setup whose catalog is in a class library of its own, which the app references.
    private const string LibraryLayout = "<!-- in a library -->";

    // Marks the floor of 6,000 plain constants in a file marked generated (most analyzers skip such files).
    private const string PlainGeneratedConstants = "<!-- plain constants, auto-generated -->";

    // Marks the server's floor: the same console project without ExchangePorts at all.
    private const string WithoutExchangePorts = "<!-- without ExchangePorts -->";

    private const string BareProject = """
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <ImplicitUsings>enable</ImplicitUsings>
          </PropertyGroup>
        </Project>
        """;

    // Line 1: the analyzer's warning (EXP2001); line 2: a compiler warning (CS0219), to time diagnostics without analyzers.
    private const string Program = "var smtp = ExchangePorts.HubToEdge.Smtp;\nvar client = new System.Net.Sockets.TcpClient(\"edge\", 25);\nvar unused = 1;\n";

    // A second file, opened once the project is loaded and analyzed: the same warnings, four lines lower.
    private const string Other = "// another file\nstatic class Other\n{\n    static void Connect()\n    {\n" +
        "        var client = new System.Net.Sockets.TcpClient(\"edge\", 25);\n        var unused = 1;\n    }\n}\n";

    /// <summary>What one editor session measured, in milliseconds (memory in bytes).</summary>
    private sealed record Figures(double Open, double Load, double Edit, double LaterEdit, double Other, double Completion, long Memory);

    // Edits after the first in each session, whose median is reported.
    private const int LaterEdits = 5;

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    /// <summary>One editor setup: extra catalog rows, whether the server runs analyzers, and the big catalog's item metadata.</summary>
    private sealed record Setup(int Rows, bool Analyzers, string Metadata = "", string Property = "")
    {
        public override string ToString() => Property == WithoutExchangePorts ? "without ExchangePorts (the server's floor)" :
            (Rows == 0 ? "default catalogs only" : Rows.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " more rows" + (Metadata.Length > 0 ? ", " + Metadata : string.Empty)) +
            (Analyzers ? string.Empty : ", analyzers off") + (Property.Length > 0 ? ", " + Property : string.Empty);

        /// <summary>Whether the hardcoded-port analyzer's warning is part of the diagnostics waited for.</summary>
        public bool PortWarning => Analyzers && !Property.Contains("ExchangePortsAnalyzerEnabled", StringComparison.Ordinal) && Property != WithoutExchangePorts;
    }

    public static async Task RunAsync(string? only)
    {
        var root = AnalyzerBenchmarks.RepositoryRoot();
        Setup[] baseline = [new(0, true, Property: WithoutExchangePorts), new(0, true), new(6_000, true), new(0, false), new(6_000, false)];
        Setup[] who = [new(6_000, true, "PortAnalyzer=\"false\""), new(6_000, true, Property: "<ExchangePortsAnalyzerEnabled>false</ExchangePortsAnalyzerEnabled>"), new(6_000, true, Property: "<EnableNETAnalyzers>false</EnableNETAnalyzers>")];
        Setup[] docs = [new(6_000, true, "Documentation=\"brief\""), new(6_000, true, Property: "<!-- minimal -->")];
        Setup[] files = [new(6_000, true, Property: "<!-- as files -->"), new(6_000, true, Property: "<!-- plain constants -->"), new(6_000, true, Property: PlainGeneratedConstants)];
        Setup[] library = [new(6_000, true, Property: LibraryLayout), new(6_000, true, "Documentation=\"brief\"", LibraryLayout)];
        Setup[] setups = only switch
        {
            "quick" => [new(0, true, Property: WithoutExchangePorts), new(0, true), new(6_000, true)],
            "who" => who,
            "docs" => docs,
            "files" => files,
            "library" => library,
            _ => [.. baseline, .. who, .. docs, .. files, .. library],
        };
        Console.WriteLine("| Project | Diagnostics after opening | of which loading the project | First edit | Later edits | Another file opened | Completion | Server memory |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var setup in setups)
        {
            var runs = new List<Figures>();
            for (var session = 0; session < Sessions; session++)
            {
                runs.Add(await MeasureAsync(root, setup));
            }

            double Of(Func<Figures, double> figure) => Median(runs.Select(figure));
            Console.WriteLine($"| {setup} | {Of(r => r.Open) / 1000:F1} s | {Of(r => r.Load) / 1000:F1} s | {Of(r => r.Edit) / 1000:F2} s | {Of(r => r.LaterEdit) / 1000:F2} s | {Of(r => r.Other) / 1000:F2} s | {Of(r => r.Completion):F0} ms | {Of(r => r.Memory) / 1e6:F0} MB |");
        }
    }

    private static async Task<Figures> MeasureAsync(string root, Setup setup)
    {
        var rows = setup.Rows;
        var folder = Directory.CreateTempSubdirectory("exchangeports-ls").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "App.csproj"), setup.Property == WithoutExchangePorts ? BareProject : $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <ExchangePortsCatalogFolder>{Path.Combine(root, "catalog")}/</ExchangePortsCatalogFolder>
                  </PropertyGroup>
                  <Import Project="{Path.Combine(root, "src", "ExchangePorts", "build", "ExchangePorts.props")}" />
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    <ImplicitUsings>enable</ImplicitUsings>
                    {setup.Property}
                  </PropertyGroup>
                  <ItemGroup>
                    <Analyzer Include="{typeof(PortCatalogGenerator).Assembly.Location}" />
                  </ItemGroup>
                  <Import Project="{Path.Combine(root, "src", "ExchangePorts", "build", "ExchangePorts.targets")}" />
                </Project>
                """);
            var program = setup.Property == WithoutExchangePorts ? Program.Replace("ExchangePorts.HubToEdge.Smtp", "25", StringComparison.Ordinal) : Program;
            File.WriteAllText(Path.Combine(folder, "Program.cs"), program);
            File.WriteAllText(Path.Combine(folder, "Other.cs"), Other);
            if (rows > 0 && setup.Property == "<!-- as files -->")
            {
                // The same generated code, written into the project as files: the generator is then not involved.
                var driver = Microsoft.CodeAnalysis.CSharp.CSharpGeneratorDriver.Create(
                        [new PortCatalogGenerator().AsSourceGenerator()],
                        [new InMemoryAdditionalText("/x/big.csv", SyntheticCatalog.Csv(rows))],
                        new Microsoft.CodeAnalysis.CSharp.CSharpParseOptions(Microsoft.CodeAnalysis.CSharp.LanguageVersion.Latest),
                        new BigCatalogOptions())
                    .RunGenerators(Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create("x"));
                foreach (var source in driver.GetRunResult().Results.Single().GeneratedSources.Where(g => g.HintName.StartsWith("BigPorts", StringComparison.Ordinal)))
                {
                    File.WriteAllText(Path.Combine(folder, source.HintName.Replace(".g.cs", ".cs", StringComparison.Ordinal)), source.SourceText.ToString());
                }
            }
            else if (rows > 0 && (setup.Property == "<!-- plain constants -->" || setup.Property == PlainGeneratedConstants))
            {
                // The floor: the same constants in the same groups, with nothing else; marked generated or
                // not, as that decides which analyzers look at them.
                var floor = new System.Text.StringBuilder(setup.Property == PlainGeneratedConstants ? "// <auto-generated/>\n" : string.Empty).Append("static class BigPorts\n{\n");
                for (var i = 0; i < rows; i++)
                {
                    if (i % 8 == 0)
                    {
                        floor.Append(i == 0 ? string.Empty : "    }\n").Append("    public static class Group").Append(i / 8).Append("\n    {\n");
                    }

                    floor.Append("        public const int Entry").Append(i).Append(" = ").Append(1 + (i * 7 % 65535)).Append(";\n");
                }

                File.WriteAllText(Path.Combine(folder, "BigPorts.cs"), floor.Append("    }\n}\n").ToString());
            }
            else if (rows > 0 && setup.Property == LibraryLayout)
            {
                // The catalog in a library of its own: the app's compilation references its members without declaring them.
                Directory.CreateDirectory(Path.Combine(folder, "Lib"));
                File.WriteAllText(Path.Combine(folder, "Lib", "big.csv"), SyntheticCatalog.Csv(rows));
                File.WriteAllText(Path.Combine(folder, "Lib", "Lib.csproj"), $"""
                    <Project Sdk="Microsoft.NET.Sdk">
                      <PropertyGroup>
                        <ExchangePortsIncludeDefaultCatalog>false</ExchangePortsIncludeDefaultCatalog>
                      </PropertyGroup>
                      <Import Project="{Path.Combine(root, "src", "ExchangePorts", "build", "ExchangePorts.props")}" />
                      <PropertyGroup>
                        <TargetFramework>net10.0</TargetFramework>
                        <Nullable>enable</Nullable>
                      </PropertyGroup>
                      <ItemGroup>
                        <Analyzer Include="{typeof(PortCatalogGenerator).Assembly.Location}" />
                        <AdditionalFiles Include="big.csv" PortCatalog="true" ClassName="BigPorts" Visibility="public" {setup.Metadata} />
                      </ItemGroup>
                      <Import Project="{Path.Combine(root, "src", "ExchangePorts", "build", "ExchangePorts.targets")}" />
                    </Project>
                    """);
                File.WriteAllText(Path.Combine(folder, "Directory.Build.targets"), """
                    <Project>
                      <ItemGroup Condition="'$(MSBuildProjectName)' == 'App'">
                        <Compile Remove="Lib/**" />
                        <None Remove="Lib/**" />
                        <ProjectReference Include="Lib/Lib.csproj" />
                      </ItemGroup>
                    </Project>
                    """);
            }
            else if (rows > 0)
            {
                // Listed as an item (not found by the glob) so that it can carry metadata.
                File.WriteAllText(Path.Combine(folder, "big.csv"), setup.Property == "<!-- minimal -->" ? MinimalCsv(rows) : SyntheticCatalog.Csv(rows));
                File.WriteAllText(Path.Combine(folder, "Directory.Build.targets"), $"""
                    <Project>
                      <ItemGroup>
                        <AdditionalFiles Include="big.csv" PortCatalog="true" ClassName="BigPorts" {setup.Metadata} />
                      </ItemGroup>
                    </Project>
                    """);
            }

            Directory.CreateDirectory(Path.Combine(folder, ".config"));
            File.Copy(Path.Combine(root, ".config", "dotnet-tools.json"), Path.Combine(folder, ".config", "dotnet-tools.json"));
            Dotnet(folder, "restore App.csproj");
            Dotnet(folder, "tool restore");

            // The server's own process (not `dotnet tool run`, which starts it as a child), so that its memory is measured.
            var server = Path.Combine(Environment.GetEnvironmentVariable("NUGET_PACKAGES") ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages"), "csharp-ls", "0.28.0", "tools", "net10.0", "any", "CSharpLanguageServer.dll");
            var start = new ProcessStartInfo("dotnet", "\"" + server + "\"") { WorkingDirectory = folder };
            foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || k.StartsWith("DOTNET_", StringComparison.Ordinal)).ToList())
            {
                start.Environment.Remove(name);
            }

            await using var client = new LanguageServerClient(start, new JsonObject { ["analyzersEnabled"] = setup.Analyzers });
            var rootUri = new Uri(folder).AbsoluteUri;
            var programUri = new Uri(Path.Combine(folder, "Program.cs")).AbsoluteUri;
            await client.RequestAsync("initialize", new JsonObject
            {
                ["processId"] = Environment.ProcessId,
                ["rootUri"] = rootUri,
                ["workspaceFolders"] = new JsonArray(new JsonObject { ["uri"] = rootUri, ["name"] = "app" }),
                ["capabilities"] = new JsonObject
                {
                    ["workspace"] = new JsonObject { ["configuration"] = true },
                    ["window"] = new JsonObject { ["workDoneProgress"] = true },
                    ["textDocument"] = new JsonObject { ["diagnostic"] = new JsonObject() },
                },
            }, Patience);
            await client.NotifyAsync("initialized", new JsonObject());

            var clock = Stopwatch.StartNew();
            var opened = client.Now;
            await client.NotifyAsync("textDocument/didOpen", new JsonObject
            {
                ["textDocument"] = new JsonObject { ["uri"] = programUri, ["languageId"] = "csharp", ["version"] = 1, ["text"] = program },
            });
            await WarningsAsync(client, programUri, setup.PortWarning, shift: 0);
            var open = clock.Elapsed.TotalMilliseconds;

            // csharp-ls loads the project when the first file is opened, and reports the end of that as progress.
            var load = client.LastProgressEnd is { } loaded && loaded > opened ? (loaded - opened).TotalMilliseconds : double.NaN;

            // One-line edits above the warning, each moving it down a line: the first right after opening, while
            // the server is still warming up, then LaterEdits more as typing goes on.
            var edits = new List<double>();
            for (var version = 2; version < 3 + LaterEdits; version++)
            {
                var shift = version - 1;
                clock.Restart();
                await client.NotifyAsync("textDocument/didChange", new JsonObject
                {
                    ["textDocument"] = new JsonObject { ["uri"] = programUri, ["version"] = version },
                    ["contentChanges"] = new JsonArray(new JsonObject { ["text"] = string.Concat(Enumerable.Repeat("// edited\n", shift)) + program }),
                });
                await WarningsAsync(client, programUri, setup.PortWarning, shift);
                edits.Add(clock.Elapsed.TotalMilliseconds);
            }

            // Another file of the loaded project opened: what each file after the first waits for.
            var otherUri = new Uri(Path.Combine(folder, "Other.cs")).AbsoluteUri;
            clock.Restart();
            await client.NotifyAsync("textDocument/didOpen", new JsonObject
            {
                ["textDocument"] = new JsonObject { ["uri"] = otherUri, ["languageId"] = "csharp", ["version"] = 1, ["text"] = Other },
            });
            await WarningsAsync(client, otherUri, setup.PortWarning, shift: 4);
            var other = clock.Elapsed.TotalMilliseconds;

            // Completion after `ExchangePorts.` in the first statement, now below the edits' comment lines.
            clock.Restart();
            await client.RequestAsync("textDocument/completion", new JsonObject
            {
                ["textDocument"] = new JsonObject { ["uri"] = programUri },
                ["position"] = new JsonObject { ["line"] = 1 + LaterEdits, ["character"] = 25 },
            }, Patience);
            var completion = clock.Elapsed.TotalMilliseconds;
            return new Figures(open, load, edits[0], Median(edits.Skip(1)), other, completion, client.WorkingSet);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>
    /// Asks for the file's diagnostics, as an editor's pull does, until they are this version's: the
    /// compiler's warning on line 2 (plus <paramref name="shift"/>), and the analyzer's on line 1 when it runs.
    /// </summary>
    private static async Task WarningsAsync(LanguageServerClient server, string uri, bool analyzers, int shift)
    {
        static bool Has(JsonNode? report, string code, int line) =>
            report?["items"]?.AsArray().Any(d => d!["code"]?.GetValue<string>() == code && d["range"]!["start"]!["line"]!.GetValue<int>() == line) == true;

        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            var report = await server.RequestAsync("textDocument/diagnostic", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri } }, Patience);
            if (Has(report, "CS0219", 2 + shift) && (!analyzers || Has(report, "EXP2001", 1 + shift)))
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("the diagnostics never came:\n" + server.Transcript);
    }

    /// <summary>Makes /x/big.csv a catalog named BigPorts, as the project's item metadata does.</summary>
    private sealed class BigCatalogOptions : Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptionsProvider
    {
        private static readonly Options Values = new();

        public override Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions GlobalOptions => Values;

        public override Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions GetOptions(Microsoft.CodeAnalysis.SyntaxTree tree) => Values;

        public override Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions GetOptions(Microsoft.CodeAnalysis.AdditionalText textFile) => Values;

        private sealed class Options : Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value)
            {
                value = key switch
                {
                    "build_metadata.AdditionalFiles.PortCatalog" => "true",
                    "build_metadata.AdditionalFiles.ClassName" => "BigPorts",
                    _ => null,
                };
                return value is not null;
            }
        }
    }

    // The same rows with only the four required columns: the tooltips say little more than the port.
    private static string MinimalCsv(int rows)
    {
        var text = new System.Text.StringBuilder("group,name,port,transport\n");
        for (var i = 0; i < rows; i++)
        {
            text.Append("Group").Append(i / 8).Append(",Entry").Append(i).Append(',').Append(1 + (i * 7 % 65535)).Append(",tcp\n");
        }

        return text.ToString();
    }

    private static void Dotnet(string folder, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo("dotnet", arguments) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException("dotnet " + arguments + "\n" + output);
        }
    }
}
