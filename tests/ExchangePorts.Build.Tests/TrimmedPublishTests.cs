using System.Diagnostics;
using System.IO;
using System.Runtime.InteropServices;
using ExchangePorts.Build.Tests.Infrastructure;
using ExchangePorts.Tests.Shared;
using Xunit;

namespace ExchangePorts.Build.Tests;

/// <summary>
/// The generated class reads its entries from its assembly attribute by reflection; a trimmed app must
/// keep that attribute and publish without a trim warning.
/// </summary>
[Collection(DotnetCli.Collection)]
public class TrimmedPublishTests
{
    [Fact]
    public void A_trimmed_self_contained_app_publishes_without_warnings_and_its_lookups_work()
    {
        using var fixture = new FixtureProject()
            .WithProject("""
                <PropertyGroup>
                  <OutputType>Exe</OutputType>
                  <PublishTrimmed>true</PublishTrimmed>
                  <SelfContained>true</SelfContained>
                  <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                </PropertyGroup>
                """)
            .WithFile("Program.cs", """
                System.Console.WriteLine(ExchangePorts.Find(135).Count + "|" + ExchangePorts.HubToEdge.All[0] + "|" +
                    (ExchangePorts.TryGet("edgesync.secureldap", out var d) ? d.Port : 0));
                """);

        var output = Path.Combine(fixture.Folder, "published");
        var (exitCode, log) = fixture.Dotnet(
            "publish -c Release -r " + RuntimeInformation.RuntimeIdentifier + " -o \"" + output + "\" --disable-build-servers -nodeReuse:false -clp:NoSummary");
        Assert.True(exitCode == 0, log);
        Assert.DoesNotContain("warning IL", log, System.StringComparison.Ordinal);

        using var app = Process.Start(new ProcessStartInfo(Path.Combine(output, "Fixture")) { RedirectStandardOutput = true })!;
        var printed = app.StandardOutput.ReadToEnd().Trim();
        app.WaitForExit();
        Assert.Equal("3|HubToEdge.Smtp 25/TCP|50636", printed);
    }
}
