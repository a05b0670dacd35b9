using System.Text;
using ExchangePorts.Build.Tests.Infrastructure;
using ExchangePorts.Tests.Shared;
using Xunit;

namespace ExchangePorts.Build.Tests;

/// <summary>
/// A real <c>dotnet build</c>: catalog mistakes come out in MSBuild's <c>file(line,col): error ID</c> form,
/// so editors and CI annotate them, and the valid rows still compile.
/// </summary>
[Collection(DotnetCli.Collection)]
public class DotnetBuildTests
{
    [Fact]
    public void A_broken_catalog_fails_the_build_at_its_lines_and_the_valid_rows_still_compile()
    {
        using var fixture = new FixtureProject()
            .WithProject("""
                <PropertyGroup>
                  <ExchangePortsNamespace>Contoso.Fixture</ExchangePortsNamespace>
                </PropertyGroup>
                <ItemGroup>
                  <AdditionalFiles Include="*.ports.csv;*.ports.json" />
                </ItemGroup>
                """)
            .WithFile("broken.ports.csv", "group,name,port,transport,sevrice\nWeb,Https,443,tcp,x\nWeb,Http,8O,tcp,x\n")
            .WithFile("mail.ports.json", "[\n  { \"group\": \"Mail\", \"name\": \"Smtp\", \"port\": 25, \"transport\": \"tcp\" },\n  { \"group\": \"Mail\" \"name\": \"Imap\" }\n]\n")
            .WithBytes("legacy.ports.csv", Encoding.Latin1.GetBytes("group,name,port,transport,description\nWeb,Https,443,tcp,Caf\u00E9\n"))
            // Diagnostics in AdditionalFiles take their severity from global configuration only, not from
            // .editorconfig sections; the SDK picks up a .globalconfig by itself. Errors cannot be turned off.
            .WithFile(".globalconfig", "is_global = true\ndotnet_diagnostic.EXP1002.severity = none\ndotnet_diagnostic.EXP1007.severity = none\n")
            .WithFile("Program.cs", """
                // The valid rows of the broken catalogs are there, so only the catalog errors fail the build.
                System.Console.WriteLine(Contoso.Fixture.BrokenPorts.Web.Https + Contoso.Fixture.MailPorts.Mail.Smtp + Contoso.Fixture.LegacyPorts.Web.Https);
                """);

        var (exitCode, output) = fixture.Build();

        Assert.NotEqual(0, exitCode);
        AssertOutputHas(output, fixture.PathOf("broken.ports.csv") + "(3,10): error EXP1007: '8O' is not a valid port");
        AssertOutputHas(output, fixture.PathOf("mail.ports.json") + "(3,21): error EXP1016: JSON syntax error: expected ',' or '}' after a property value, found '\"'");
        AssertOutputHas(output, fixture.PathOf("legacy.ports.csv") + "(2,22): warning EXP1015:");
        Assert.False(output.Contains("EXP1002", System.StringComparison.Ordinal), output);
        Assert.False(output.Contains("error CS", System.StringComparison.Ordinal), output);
    }

    [Fact]
    public void Metadata_that_MSBuild_would_pass_shortened_stops_the_build_on_the_catalog()
    {
        using var fixture = new FixtureProject()
            .WithProject("""
                <ItemGroup>
                  <AdditionalFiles Include="lab.ports.csv" Namespace="Contoso%3BEvil" ClassName="Lab#Ports" />
                </ItemGroup>
                """)
            .WithFile("lab.ports.csv", "group,name,port,transport\nWeb,Https,443,tcp\n")
            .WithFile("Program.cs", "System.Console.WriteLine(Contoso.LabPorts.Web.Https);\n");

        var (exitCode, output) = fixture.Build();

        Assert.NotEqual(0, exitCode);
        Assert.Contains(fixture.PathOf("lab.ports.csv") + " : error EXP1013: The Namespace metadata 'Contoso;Evil' contains ';'", output);
        Assert.Contains(fixture.PathOf("lab.ports.csv") + " : error EXP1013: The ClassName metadata 'Lab#Ports' contains ';'", output);
        Assert.False(output.Contains("error CS", System.StringComparison.Ordinal), output);
    }

    private static void AssertOutputHas(string output, string expected) =>
        Assert.True(output.Contains(expected, System.StringComparison.Ordinal), "Missing: " + expected + "\nBuild output:\n" + output);
}
