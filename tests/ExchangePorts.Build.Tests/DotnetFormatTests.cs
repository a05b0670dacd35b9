using System.IO;
using System.Linq;
using ExchangePorts.Build.Tests.Infrastructure;
using ExchangePorts.Tests.Shared;
using Xunit;

namespace ExchangePorts.Build.Tests;

/// <summary>
/// A real client of the code fix: <c>dotnet format</c> rewrites the hardcoded ports that have one candidate
/// and leaves the others, every time, and the project still builds.
/// </summary>
[Collection(DotnetCli.Collection)]
public class DotnetFormatTests
{
    private const string Before = """
        using System.Net.Sockets;

        var submission = new TcpClient("hub01", 587);
        var gc = new System.Uri("ldap://hub-dc01:3268/");
        int secureLdapPort = 50636; // EdgeSync
        string edgeHost = "edge01";
        var edge = new TcpClient(edgeHost, 25);
        var smtp = $"smtp://{edgeHost}:25";
        var mailbox = $"{edgeHost}:50389";
        var office365 = new TcpClient("smtp.office365.com", 587);
        System.Console.WriteLine($"{secureLdapPort} {gc} {submission.Connected} {edge.Connected} {smtp} {mailbox} {office365.Connected} {Hosts.EdgeSync}");

        static class Hosts
        {
            public const string EdgeSync = "ldaps://edge01:50636/";
        }
        """;

    // Single candidates are rewritten; edge's 25 (three entries), 50389 seen from the edge (two) and
    // the constant string stay; the public provider's 587 was never reported.
    private const string After = """
        using System.Net.Sockets;

        var submission = new TcpClient("hub01", ExchangePorts.HubToHub.SmtpSubmission);
        var gc = new System.Uri($"ldap://hub-dc01:{ExchangePorts.HubToActiveDirectory.GlobalCatalog}/");
        int secureLdapPort = ExchangePorts.EdgeSync.SecureLdap; // EdgeSync
        string edgeHost = "edge01";
        var edge = new TcpClient(edgeHost, 25);
        var smtp = $"smtp://{edgeHost}:25";
        var mailbox = $"{edgeHost}:50389";
        var office365 = new TcpClient("smtp.office365.com", 587);
        System.Console.WriteLine($"{secureLdapPort} {gc} {submission.Connected} {edge.Connected} {smtp} {mailbox} {office365.Connected} {Hosts.EdgeSync}");

        static class Hosts
        {
            public const string EdgeSync = "ldaps://edge01:50636/";
        }
        """;

    [Fact]
    public void Dotnet_format_rewrites_only_single_candidate_sites_every_time_and_the_project_still_builds()
    {
        // dotnet format starts Fix All from whichever diagnostic it meets first, which varies between runs.
        for (var run = 0; run < 3; run++)
        {
            using var fixture = Fixture();
            var (formatExit, formatOutput) = fixture.Dotnet("format analyzers --diagnostics EXP2001 EXP2002 --severity info");
            Assert.True(formatExit == 0, formatOutput);
            Assert.DoesNotContain("Unable to fix", formatOutput);
            Assert.Equal(After, File.ReadAllText(fixture.PathOf("Program.cs")).ReplaceLineEndings("\n").TrimEnd());

            if (run == 0)
            {
                // What is left is reported, and nothing else: the fixes broke nothing.
                var (buildExit, buildOutput) = fixture.Build();
                Assert.True(buildExit == 0, buildOutput);
                var warnings = buildOutput.Split('\n').Where(l => l.Contains("warning EXP")).Select(l => l.Trim()).Distinct().ToArray();
                Assert.Equal(4, warnings.Length);
                Assert.Equal(2, warnings.Count(w => w.Contains("EXP2001") || w.Contains("Port 25 in this address")));
            }
        }
    }

    private static FixtureProject Fixture() => new FixtureProject()
        .WithProject($"""
            <PropertyGroup>
              <OutputType>Exe</OutputType>
              <!-- The 2007 catalog alone: with 2019 beside it, 50636 would have two candidates. -->
              <ExchangePortsCatalogs>2007</ExchangePortsCatalogs>
            </PropertyGroup>
            <ItemGroup>
              <AdditionalFiles Include="{Repository.PathOf("catalog", "exchange.ports.csv")}" />
            </ItemGroup>
            """)
        .WithFile("Program.cs", Before);
}
