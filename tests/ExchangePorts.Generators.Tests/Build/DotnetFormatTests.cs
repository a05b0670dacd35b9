using System.IO;
using ExchangePorts.Generators.Tests.Infrastructure;
using Xunit;

namespace ExchangePorts.Generators.Tests.Build;

/// <summary>A real client of the code fix: <c>dotnet format</c> rewrites hardcoded ports, and the project still builds.</summary>
[Collection(DotnetCli.Collection)]
public class DotnetFormatTests
{
    [Fact]
    public void Dotnet_format_rewrites_the_literals_to_constants_and_the_project_still_builds()
    {
        using var fixture = new FixtureProject()
            .WithProject($"""
                <PropertyGroup>
                  <OutputType>Exe</OutputType>
                  <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                </PropertyGroup>
                <ItemGroup>
                  <AdditionalFiles Include="{RepositoryPaths.ExchangeCatalog}" />
                </ItemGroup>
                """)
            .WithFile("Program.cs", """
                using System.Net.Sockets;

                var submission = new TcpClient("mail", 587);
                var gc = new System.Uri("ldap://dc01:3268/");
                int secureLdapPort = 50636; // EdgeSync
                System.Console.WriteLine($"{secureLdapPort} {gc} {submission.Connected}");
                """);

        var (formatExit, formatOutput) = fixture.Dotnet("format analyzers --diagnostics EXP2001 EXP2002 --severity info");
        Assert.True(formatExit == 0, formatOutput);

        Assert.Equal(
            """
            using System.Net.Sockets;

            var submission = new TcpClient("mail", ExchangePorts.HubToHub.SmtpSubmission);
            var gc = new System.Uri($"ldap://dc01:{ExchangePorts.HubToActiveDirectory.GlobalCatalog}/");
            int secureLdapPort = ExchangePorts.EdgeSync.SecureLdap; // EdgeSync
            System.Console.WriteLine($"{secureLdapPort} {gc} {submission.Connected}");
            """,
            File.ReadAllText(fixture.PathOf("Program.cs")).ReplaceLineEndings("\n").TrimEnd());

        // Warnings as errors: a hardcoded port left behind, or a fix that broke the code, fails here.
        var (buildExit, buildOutput) = fixture.Build();
        Assert.True(buildExit == 0, buildOutput);
    }
}
