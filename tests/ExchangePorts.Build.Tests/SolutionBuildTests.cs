using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ExchangePorts.Build.Tests.Infrastructure;
using ExchangePorts.Tests.Shared;
using Xunit;

namespace ExchangePorts.Build.Tests;

/// <summary>
/// The layouts real solutions have, built for real from the packed packages, warnings as errors:
/// an app and a library with a public catalog, two libraries in one app (one as a NuGet package), a
/// library and its InternalsVisibleTo test project, a project named ExchangePorts.Tools, netstandard2.0
/// at C# 7.3. The in-memory checks of the same rules are in <c>Solutions/SolutionLayoutTests</c>.
/// </summary>
[Collection(DotnetCli.Collection)]
public class SolutionBuildTests(PackedPackage package)
{
    private const string Build = "build -warnaserror --disable-build-servers -nodeReuse:false -clp:NoSummary";

    // What `dotnet add package ExchangePorts` writes: a development dependency.
    private string ExchangePortsReference => $"""
        <PackageReference Include="ExchangePorts" Version="{package.Version}">
          <PrivateAssets>all</PrivateAssets>
          <IncludeAssets>runtime; build; native; contentfiles; analyzers; buildtransitive</IncludeAssets>
        </PackageReference>
        """;

    [Fact]
    public void An_app_with_its_own_catalog_and_a_library_with_a_public_catalog_build_clean_and_share_one_entry_type()
    {
        using var solution = new FixtureProject();
        solution.WithFile("nuget.config", package.NuGetConfig);
        solution.WithFile("Lib/Lib.csproj", Project("net10.0", ExchangePortsReference, """<AdditionalFiles Include="lib.ports.csv" Visibility="public" />"""));
        solution.WithFile("Lib/lib.ports.csv", "group,name,port,transport\nWeb,Https,443,tcp\n");
        solution.WithFile("App/App.csproj", Project("net10.0", ExchangePortsReference, """<ProjectReference Include="../Lib/Lib.csproj" />""", exe: true));
        solution.WithFile("App/app.ports.csv", "group,name,port,transport\nMail,Imaps,993,tcp\n");
        solution.WithFile("App/Program.cs", """
            using System;
            using System.Collections.Generic;

            var all = new List<PortCatalog.PortDefinition>(LibPorts.All);
            all.AddRange(AppPorts.All);
            all.AddRange(ExchangePorts.Find(50636));
            Console.WriteLine(string.Join(",", all));
            """);

        var built = Run(solution, Build + " App/App.csproj");

        Assert.DoesNotContain("warning", built);
        Assert.Equal("Web.Https 443/TCP,Mail.Imaps 993/TCP,EdgeSync.SecureLdap 50636/TCP", Run(solution, "run --no-build --project App/App.csproj").Trim());
    }

    [Fact]
    public void An_app_without_the_package_lists_the_entries_of_two_libraries_one_of_them_a_NuGet_package()
    {
        using var solution = new FixtureProject();
        var libraryVersion = package.Version;
        var runtimeReference = $"""<PackageReference Include="ExchangePorts.Runtime" Version="{package.Version}" />""";
        solution.WithFile("nuget.config", package.NuGetConfig.Replace("<clear />", "<clear />\n    <add key=\"libraries\" value=\"" + solution.PathOf("libraries") + "\" />"));
        solution.WithFile("LibA/LibA.csproj", Project("netstandard2.0", ExchangePortsReference + runtimeReference, """<AdditionalFiles Include="lib-a.ports.csv" Visibility="public" />""", packageId: "ExchangePortsFixture.LibA"));
        solution.WithFile("LibA/lib-a.ports.csv", "group,name,port,transport\nWeb,Https,443,tcp\n");
        solution.WithFile("LibB/LibB.csproj", Project("net10.0", ExchangePortsReference + runtimeReference, """<AdditionalFiles Include="lib-b.ports.csv" Visibility="public" />"""));
        solution.WithFile("LibB/lib-b.ports.csv", "group,name,port,transport\nMail,Imaps,993,tcp\n");
        Directory.CreateDirectory(solution.PathOf("libraries"));
        Run(solution, $"pack LibA/LibA.csproj -o libraries -p:Version={libraryVersion} -warnaserror --disable-build-servers -nodeReuse:false");

        solution.WithFile("App/App.csproj", Project(
            "net10.0",
            $"""<PackageReference Include="ExchangePortsFixture.LibA" Version="{libraryVersion}" />""",
            """<ProjectReference Include="../LibB/LibB.csproj" />""",
            exe: true));
        solution.WithFile("App/Program.cs", """
            using System;
            using System.Collections.Generic;

            var all = new List<PortCatalog.PortDefinition>(LibAPorts.All);
            all.AddRange(LibBPorts.All);
            Console.WriteLine(string.Join(",", all));
            """);

        var built = Run(solution, Build + " App/App.csproj");

        Assert.DoesNotContain("warning", built);
        Assert.Equal("Web.Https 443/TCP,Mail.Imaps 993/TCP", Run(solution, "run --no-build --project App/App.csproj").Trim());
        Assert.False(File.Exists(solution.PathOf("App/bin/Debug/net10.0/ExchangePorts.Generators.dll")));
    }

    [Fact]
    public void A_library_and_its_InternalsVisibleTo_test_project_build_clean_and_the_analyzer_names_each_candidate_once()
    {
        using var solution = new FixtureProject();
        solution.WithFile("nuget.config", package.NuGetConfig);
        solution.WithFile("Core/Core.csproj", Project("net10.0", ExchangePortsReference, """<InternalsVisibleTo Include="Core.Tests" />"""));
        solution.WithFile("Core/core.ports.csv", "group,name,port,transport\nWeb,Https,443,tcp\n");
        solution.WithFile("Core.Tests/Core.Tests.csproj", Project(
            "net10.0",
            ExchangePortsReference,
            """<ProjectReference Include="../Core/Core.csproj" />""",
            properties: "<WarningsNotAsErrors>EXP2001</WarningsNotAsErrors>"));
        solution.WithFile("Core.Tests/fixtures.ports.csv", "group,name,port,transport\nLab,Echo,7,tcp\n");
        solution.WithFile("Core.Tests/CoreTests.cs", """
            using System.Collections.Generic;

            namespace Core.Tests
            {
                internal static class CoreTests
                {
                    internal static List<PortCatalog.PortDefinition> All()
                    {
                        var all = new List<PortCatalog.PortDefinition>(CorePorts.All);
                        all.AddRange(FixturesPorts.All);
                        all.AddRange(ExchangePorts.All);
                        return all;
                    }

                    internal static int Connect(string host, int port) => port;

                    internal static int SendToEdge() => Connect("edge01", 25);
                }
            }
            """);

        var built = Run(solution, Build + " Core.Tests/Core.Tests.csproj");

        var warnings = Regex.Matches(built, @"warning (\w+): (.*) \[").Select(m => m.Groups[1].Value + ": " + m.Groups[2].Value).Distinct().ToList();
        var warning = Assert.Single(warnings);
        // Eight entries on 25 name an Edge role in the default catalogs (2007 and 2019; the two hybrid ones
        // need hybrid words); the library's copies (seen through InternalsVisibleTo) add none, so "6 more",
        // not "14 more".
        Assert.Equal(
            "EXP2001: Port 25 is one of the catalog ports ExchangePorts.HubToEdge.Smtp (Hub Transport server → Edge Transport server, SMTP), ExchangePorts.EdgeToEdge.Smtp (Edge Transport server → Edge Transport server, SMTP) and 6 more; use the constant (" + new ExchangePorts.Generators.Analyzers.HardcodedPortAnalyzer().SupportedDiagnostics.Single(d => d.Id == "EXP2001").HelpLinkUri + ")",
            warning);
        Assert.DoesNotContain("CS0436", built);
    }

    [Fact]
    public void A_project_named_ExchangePorts_Tools_stops_with_one_error_that_names_the_fix_and_builds_clean_with_it()
    {
        using var solution = new FixtureProject();
        solution.WithFile("nuget.config", package.NuGetConfig);
        Run(solution, "new classlib -n ExchangePorts.Tools -o ExchangePorts.Tools");
        Run(solution, $"add ExchangePorts.Tools/ExchangePorts.Tools.csproj package ExchangePorts --version {package.Version}");

        var (exitCode, failed) = solution.Dotnet(Build + " ExchangePorts.Tools");

        Assert.NotEqual(0, exitCode);
        var errors = Regex.Matches(failed, @"^(.*): error (\w+): (.*) \[", RegexOptions.Multiline).Select(m => m.Value).Distinct().ToList();
        var error = Assert.Single(errors);
        Assert.Matches(@"exchange\.ports\.csv\(1,1\): error EXP1018: This catalog would generate the class 'ExchangePorts', but this project declares a namespace of that name", error);
        Assert.Contains("<ExchangePortsNamespace>$(RootNamespace)</ExchangePortsNamespace>", error);

        var project = solution.PathOf("ExchangePorts.Tools/ExchangePorts.Tools.csproj");
        File.WriteAllText(project, File.ReadAllText(project).Replace("</PropertyGroup>", "  <ExchangePortsNamespace>$(RootNamespace)</ExchangePortsNamespace>\n  </PropertyGroup>"));
        solution.WithFile("ExchangePorts.Tools/Class1.cs", """
            namespace ExchangePorts.Tools;

            public class Class1
            {
                public int Smtp => ExchangePorts.HubToEdge.Smtp;
            }
            """);
        Assert.DoesNotContain("warning", Run(solution, Build + " ExchangePorts.Tools"));
    }

    [Fact]
    public void A_netstandard2_0_library_at_its_default_CSharp_7_3_builds_clean_with_a_public_documented_catalog()
    {
        using var solution = new FixtureProject();
        solution.WithFile("nuget.config", package.NuGetConfig);
        solution.WithFile("Legacy/Legacy.csproj", Project("netstandard2.0", ExchangePortsReference, "", properties: "<ExchangePortsVisibility>public</ExchangePortsVisibility>"));
        solution.WithFile("Legacy/Probe.cs", """
            namespace Legacy
            {
                /// <summary>C# 7.3 code.</summary>
                public static class Probe
                {
                    /// <summary>A lookup.</summary>
                    public static int Port()
                    {
                        PortCatalog.PortDefinition definition;
                        return ExchangePorts.TryGet("EdgeSync.SecureLdap", out definition) ? definition.Port : ExchangePorts.Find(25).Count;
                    }
                }
            }
            """);

        var built = Run(solution, Build + " Legacy -v:n");

        Assert.DoesNotContain("warning", built);
        Assert.Contains("/langversion:7.3", built);
    }

    /// <summary>A project file as a user writes it: strict (documentation, warnings as errors).</summary>
    private static string Project(string framework, string packages, string items, bool exe = false, string properties = "", string? packageId = null) => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <TargetFramework>{framework}</TargetFramework>
            {(exe ? "<OutputType>Exe</OutputType>" : "")}
            {(framework == "netstandard2.0" ? "" : "<Nullable>enable</Nullable>")}
            <GenerateDocumentationFile>true</GenerateDocumentationFile>
            <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
            {(packageId is null ? "" : $"<PackageId>{packageId}</PackageId>")}
            {properties}
          </PropertyGroup>
          <ItemGroup>
            {packages}
            {items}
          </ItemGroup>
        </Project>
        """;

    private static string Run(FixtureProject project, string arguments)
    {
        var (exitCode, output) = project.Dotnet(arguments);
        Assert.True(exitCode == 0, "dotnet " + arguments + "\n" + output);
        return output;
    }
}
