using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using ExchangePorts.Build.Tests.Infrastructure;
using ExchangePorts.Tests.Shared;
using Xunit;

namespace ExchangePorts.Build.Tests;

/// <summary>
/// Packs ExchangePorts and ExchangePorts.Runtime once per run, for every test of the dotnet CLI collection,
/// under a version no earlier run used (the NuGet cache would serve a stale one).
/// </summary>
public sealed class PackedPackage : IDisposable
{
    public PackedPackage()
    {
        Version = "0.1.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", System.Globalization.CultureInfo.InvariantCulture);
        Feed = Directory.CreateTempSubdirectory("exchangeports-feed").FullName;
        Path = Pack("ExchangePorts", out var output);
        PackOutput = output;
        RuntimePath = Pack("ExchangePorts.Runtime", out _);
        ProbePath = Pack("ExchangePorts.Probe", out _);
    }

    /// <summary>ExchangePorts.Probe: the probe library, which depends on ExchangePorts.Runtime.</summary>
    public string ProbePath { get; }

    public string Version { get; }

    public string Feed { get; }

    /// <summary>ExchangePorts: the generator, analyzer, MSBuild files and catalogs.</summary>
    public string Path { get; }

    /// <summary>ExchangePorts.Runtime: the shared entry types.</summary>
    public string RuntimePath { get; }

    public string PackOutput { get; }

    /// <summary>A nuget.config with this run's feed first, as a user's solution would list a private feed.</summary>
    public string NuGetConfig => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <packageSources>
            <clear />
            <add key="test-feed" value="{Feed}" />
            <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
          </packageSources>
        </configuration>
        """;

    private string Pack(string name, out string output)
    {
        using var packer = new FixtureProject();
        var project = System.IO.Path.Combine(Repository.Root, "src", name, name + ".csproj");
        var (exitCode, packOutput) = packer.Dotnet($"pack \"{project}\" -c Release -o \"{Feed}\" -p:Version={Version} --disable-build-servers -nodeReuse:false");
        output = packOutput;
        var path = System.IO.Path.Combine(Feed, $"{name}.{Version}.nupkg");
        Assert.True(exitCode == 0 && File.Exists(path), packOutput);
        return path;
    }

    public void Dispose() => Directory.Delete(Feed, recursive: true);
}

/// <summary>The package as a new user meets it: <c>dotnet new console</c>, <c>dotnet add package</c>, build, run.</summary>
[Collection(DotnetCli.Collection)]
public class PackageTests(PackedPackage package)
{
    [Fact]
    public void The_package_holds_the_analyzers_build_files_and_catalog_and_nothing_that_flows_into_a_consumer()
    {
        using var zip = ZipFile.OpenRead(package.Path);
        var entries = zip.Entries.Select(e => e.FullName).Where(n => !n.StartsWith("_rels/", StringComparison.Ordinal) && !n.StartsWith("package/", StringComparison.Ordinal) && n != "[Content_Types].xml").Order().ToArray();
        Assert.Equal(
            [
                "ExchangePorts.nuspec",
                "README.md",
                "analyzers/dotnet/cs/ExchangePorts.CodeFixes.dll",
                "analyzers/dotnet/cs/ExchangePorts.Generators.dll",
                "build/ExchangePorts.props",
                "build/ExchangePorts.targets",
                "catalog/exchange.ports.csv",
                "catalog/exchange2010.ports.json",
                "catalog/exchange2013.ports.json",
                "catalog/exchange2016.ports.json",
                "catalog/exchange2019.ports.json",
            ],
            entries);

        using var nuspecStream = zip.GetEntry("ExchangePorts.nuspec")!.Open();
        var metadata = XDocument.Load(nuspecStream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string? Value(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;
        Assert.Equal("true", Value("developmentDependency"));
        Assert.Equal("MIT", Value("license"));
        Assert.Equal("README.md", Value("readme"));
        Assert.Equal(package.Version, Value("version"));
        Assert.Null(Value("dependencies"));
        Assert.NotNull(metadata.Elements().SingleOrDefault(e => e.Name.LocalName == "repository"));
    }

    [Fact]
    public void The_runtime_package_holds_the_entry_types_public_and_nothing_else_and_is_an_ordinary_dependency()
    {
        using var zip = ZipFile.OpenRead(package.RuntimePath);
        var entries = zip.Entries.Select(e => e.FullName).Where(n => !n.StartsWith("_rels/", StringComparison.Ordinal) && !n.StartsWith("package/", StringComparison.Ordinal) && n != "[Content_Types].xml").Order().ToArray();
        Assert.Equal(
            [
                "ExchangePorts.Runtime.nuspec",
                "README.md",
                "lib/netstandard2.0/ExchangePorts.Runtime.dll",
                "lib/netstandard2.0/ExchangePorts.Runtime.xml",
            ],
            entries);

        using var nuspecStream = zip.GetEntry("ExchangePorts.Runtime.nuspec")!.Open();
        var metadata = XDocument.Load(nuspecStream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        Assert.Null(metadata.Elements().SingleOrDefault(e => e.Name.LocalName == "developmentDependency"));
        Assert.Equal(package.Version, metadata.Elements().Single(e => e.Name.LocalName == "version").Value);

        using var dll = new MemoryStream();
        using (var stream = zip.GetEntry("lib/netstandard2.0/ExchangePorts.Runtime.dll")!.Open())
        {
            stream.CopyTo(dll);
        }

        dll.Position = 0;
        using var pe = new System.Reflection.PortableExecutable.PEReader(dll);
        var reader = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(pe);
        var types = reader.TypeDefinitions.Select(reader.GetTypeDefinition)
            .Where(t => (t.Attributes & System.Reflection.TypeAttributes.VisibilityMask) == System.Reflection.TypeAttributes.Public)
            .Select(t => reader.GetString(t.Namespace) + "." + reader.GetString(t.Name))
            .Order()
            .ToArray();
        Assert.Equal(["PortCatalog.PortDefinition", "PortCatalog.PortTransport"], types);
    }

    [Fact]
    public void A_new_console_project_gets_the_api_the_analyzer_validation_and_the_option_to_drop_the_default_catalog()
    {
        using var app = new FixtureProject();
        app.WithFile("nuget.config", package.NuGetConfig);
        Run(app, "new console -n App -o .");
        Run(app, $"add package ExchangePorts --version {package.Version}");

        // 1. The API is there, warnings as errors, and the program prints 25.
        app.WithFile("Program.cs", "Console.WriteLine(ExchangePorts.HubToEdge.Smtp);\n");
        Run(app, "build -warnaserror --disable-build-servers -nodeReuse:false");
        Assert.Equal("25", Run(app, "run --no-build").Trim());

        // 2. A hardcoded port is reported at its line and column.
        app.WithFile("Program.cs", "Console.WriteLine(ExchangePorts.HubToEdge.Smtp);\nvar client = new System.Net.Sockets.TcpClient(\"edge\", 25);\n");
        var analyzed = Run(app, "build --no-incremental --disable-build-servers -nodeReuse:false");
        Assert.Contains(app.PathOf("Program.cs") + "(2,55): warning EXP2001:", analyzed);

        // 3. The project's own catalog is picked up by name, and its mistakes fail the build at their cell.
        app.WithFile("my.ports.csv", "group,name,port,transport\nWeb,Https,443,tcp\nWeb,Http,80x,tcp\n");
        var (brokenExit, broken) = app.Dotnet("build --disable-build-servers -nodeReuse:false");
        Assert.NotEqual(0, brokenExit);
        Assert.Contains(app.PathOf("my.ports.csv") + "(3,10): error EXP1007:", broken);

        // 4. Without the default catalogs, ExchangePorts and Exchange2019Ports are gone and MyPorts stays.
        app.WithFile("my.ports.csv", "group,name,port,transport\nWeb,Https,443,tcp\n");
        app.WithFile("Program.cs", "Console.WriteLine(MyPorts.Web.Https);\nConsole.WriteLine(ExchangePorts.HubToEdge.Smtp);\nConsole.WriteLine(Exchange2019Ports.Transport.Smtp);\n");
        var (withoutExit, without) = app.Dotnet("build -p:ExchangePortsIncludeDefaultCatalog=false --disable-build-servers -nodeReuse:false");
        Assert.NotEqual(0, withoutExit);
        Assert.Contains(app.PathOf("Program.cs") + "(2,19): error CS0103: The name 'ExchangePorts' does not exist in the current context", without);
        Assert.Contains(app.PathOf("Program.cs") + "(3,19): error CS0103: The name 'Exchange2019Ports' does not exist in the current context", without);
        Assert.DoesNotContain("MyPorts", without);
    }

    [Fact]
    public void The_probe_package_probes_a_project_s_own_generated_catalog_as_the_probe_page_shows()
    {
        using var app = new FixtureProject();
        app.WithFile("nuget.config", package.NuGetConfig);
        Run(app, "new console -n App -o .");
        Run(app, $"add package ExchangePorts --version {package.Version}");
        Run(app, $"add package ExchangePorts.Probe --version {package.Version}");

        // The example of docs/probe.md, against this machine: nothing listens on EdgeSync's port here.
        app.WithFile("Program.cs", """
            using PortCatalog.Probing;

            var results = await PortProbe.ProbeAsync("127.0.0.1", Exchange2019Ports.EdgeSync.All,
                new PortProbeOptions { Timeout = TimeSpan.FromSeconds(1) }, CancellationToken.None);
            foreach (var result in results)
                Console.WriteLine(result);
            """);
        Run(app, "build -warnaserror --disable-build-servers -nodeReuse:false");
        var output = Run(app, "run --no-build");
        Assert.StartsWith("127.0.0.1 50636/TCP closed (EdgeSync.SecureLdap, ", output.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void ExchangePortsCatalogs_chooses_the_shipped_Exchange_catalogs_and_names_the_valid_ones_on_a_typo()
    {
        using var app = new FixtureProject();
        app.WithFile("nuget.config", package.NuGetConfig);
        Run(app, "new console -n App -o .");
        Run(app, $"add package ExchangePorts --version {package.Version}");
        var project = File.ReadAllText(app.PathOf("App.csproj"));
        void Catalogs(string value) => File.WriteAllText(
            app.PathOf("App.csproj"),
            project.Replace("</PropertyGroup>", $"  <ExchangePortsCatalogs>{value}</ExchangePortsCatalogs>\n    <GenerateDocumentationFile>true</GenerateDocumentationFile>\n  </PropertyGroup>"));
        const string Build = "build -warnaserror --disable-build-servers -nodeReuse:false -clp:NoSummary";

        // 1. Every version: clean with warnings as errors, and the answers an Exchange 2013 to 2019 user looks up.
        Catalogs("2007;2010;2013;2016;2019");
        app.WithFile("Program.cs", """
            foreach (var port in new[] { 443, 2525, 475, 717, 465, 587, 993, 995, 50636, 25, 5060 })
                Console.Write(port + ":" + Exchange2019Ports.Find(port).Count + " ");
            Console.WriteLine();
            Console.WriteLine(string.Join(",", Exchange2016Ports.Find(40000)) + " " + string.Join(",", Exchange2013Ports.Find(40000)));
            Console.WriteLine(Exchange2010Ports.EdgeSync.SecureLdap + " " + ExchangePorts.All.Count + " " + Exchange2016Ports.UnifiedMessaging.Rtp.Last);
            """);
        Assert.DoesNotContain("warning", Run(app, Build));
        Assert.Equal(
            [
                "443:3 2525:1 475:1 717:1 465:1 587:2 993:1 995:1 50636:1 25:11 5060:0",
                "UnifiedMessaging.Rtp 1024-65535/UDP UnifiedMessaging.Rtp 1024-65535/UDP",
                "50636 17 65535",
            ],
            Run(app, "run --no-build").Trim().Split('\n').Select(line => line.Trim()));

        // 2. Without the property: the 2007 and 2019 catalogs, and no other.
        File.WriteAllText(app.PathOf("App.csproj"), project);
        app.WithFile("Program.cs", "Console.WriteLine(ExchangePorts.HubToEdge.Smtp + Exchange2019Ports.Transport.Smtp);\nConsole.WriteLine(Exchange2016Ports.All.Count);\n");
        var (defaultExit, defaults) = app.Dotnet(Build);
        Assert.NotEqual(0, defaultExit);
        Assert.Contains("error CS0103: The name 'Exchange2016Ports' does not exist in the current context", defaults);
        Assert.DoesNotContain("'ExchangePorts' does not exist", defaults);
        Assert.DoesNotContain("'Exchange2019Ports' does not exist", defaults);

        // 3. SE is the 2019 catalog; a version there is no catalog for stops the build and lists the valid ones.
        Catalogs("SE");
        app.WithFile("Program.cs", "Console.WriteLine(Exchange2019Ports.Transport.Smtp);\n");
        Run(app, Build);
        Catalogs("2007;2021");
        var (typoExit, typo) = app.Dotnet(Build);
        Assert.NotEqual(0, typoExit);
        Assert.Contains("error EXP1013: The ExchangePortsCatalogs value '2021' is not a shipped catalog; use 2007, 2010, 2013, 2016, 2019, SE (SE: Subscription Edition, the 2019 catalog), separated by ';'", typo);
    }

    [Fact]
    public void IANA_registry_dropped_in_unchanged_builds_clean_with_warnings_as_errors_and_answers()
    {
        using var app = new FixtureProject();
        app.WithFile("nuget.config", package.NuGetConfig);
        Run(app, "new console -n App -o .");
        Run(app, $"add package ExchangePorts --version {package.Version}");
        app.WithBytes("iana.ports.csv", File.ReadAllBytes(Repository.PathOf("tests", "ExchangePorts.Generators.Tests", "Registry", "iana.ports.csv")));
        app.WithFile("Program.cs", """
            Console.WriteLine($"{IanaPorts.Https} {IanaPorts.MsSqlS} {IanaPorts.Submission}");
            Console.WriteLine(IanaPorts.TryGet("ms-sql-s", out var sql) ? sql.Port : 0);
            Console.WriteLine(IanaPorts.TryGet("3com-tsmux", out var tsmux) ? tsmux.Port : 0);
            Console.WriteLine(string.Join(",", IanaPorts.Find(443)));
            Console.WriteLine(string.Join(",", IanaPorts.Find(6010)));
            Console.WriteLine(string.Join(",", IanaPorts.Find(591).Select(d => d.WrittenName)) + " " + string.Join(",", IanaPorts.Find(8080).Select(d => d.WrittenName)));
            """);

        // Brief documentation, as docs/benchmarks.md advises for a registry: the property reaches the generator.
        var built = Run(app, "build -warnaserror -p:ExchangePortsIncludeDefaultCatalog=false -p:ExchangePortsDocumentation=brief -p:GenerateDocumentationFile=true --disable-build-servers -nodeReuse:false -clp:NoSummary");

        Assert.DoesNotContain("warning", built);
        var documentation = File.ReadAllText(app.PathOf(Path.Combine("bin", "Debug", "net10.0", "App.xml")));
        Assert.Contains("<member name=\"F:IanaPorts.Https\">\n            <summary>Port 443/TCP/UDP/SCTP. http protocol over TLS/SSL</summary>", documentation.ReplaceLineEndings("\n"));
        Assert.DoesNotContain("Source:", documentation);
        Assert.Equal(
            ["443 1433 587", "1433", "106", "Https 443/TCP/UDP/SCTP", "X11 6000-6063/TCP/UDP", "http-alt http-alt"],
            Run(app, "run --no-build").Trim().Split('\n').Select(line => line.Trim()));
    }

    private static string Run(FixtureProject project, string arguments)
    {
        var (exitCode, output) = project.Dotnet(arguments);
        Assert.True(exitCode == 0, "dotnet " + arguments + "\n" + output);
        return output;
    }
}
