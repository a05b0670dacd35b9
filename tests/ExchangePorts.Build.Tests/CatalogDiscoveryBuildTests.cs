using ExchangePorts.Build.Tests.Infrastructure;
using ExchangePorts.Tests.Shared;
using Xunit;

namespace ExchangePorts.Build.Tests;

/// <summary>Which files the package's MSBuild files make catalogs, in a real build.</summary>
[Collection(DotnetCli.Collection)]
public class CatalogDiscoveryBuildTests
{
    private static FixtureProject Project(string properties) => new FixtureProject()
        .WithProject($"""
            <PropertyGroup><OutputType>Exe</OutputType>{properties}</PropertyGroup>
            <ItemGroup>
              <AdditionalFiles Include="lab.ports.csv" ClassName="LabNetwork" />
            </ItemGroup>
            """)
        .WithFile("lab.ports.csv", "group,name,port,transport\nWeb,Https,443,tcp\n")
        .WithFile("sub/dir/nested.ports.json", """[ { "group": "Mail", "name": "Smtp", "port": 25, "transport": "tcp" } ]""")
        .WithFile("obj/stale.ports.csv", "this is not a catalog, and is never read\n")
        .WithFile("bin/Debug/copied.ports.csv", "neither is this\n");

    [Fact]
    public void Catalogs_anywhere_in_the_project_are_found_except_under_bin_and_obj_and_a_listed_one_keeps_its_metadata()
    {
        using var fixture = Project(string.Empty)
            .WithFile("Program.cs", "System.Console.WriteLine(LabNetwork.Web.Https + NestedPorts.Mail.Smtp + ExchangePorts.HubToEdge.Smtp);\n");
        var (exitCode, output) = fixture.Build();
        Assert.True(exitCode == 0, output);
        Assert.DoesNotContain("EXP1", output);
    }

    [Fact]
    public void Default_items_can_be_turned_off()
    {
        using var fixture = Project("<ExchangePortsEnableDefaultItems>false</ExchangePortsEnableDefaultItems>")
            .WithFile("Program.cs", "System.Console.WriteLine(LabNetwork.Web.Https);\nSystem.Console.WriteLine(NestedPorts.Mail.Smtp);\n");
        var (exitCode, output) = fixture.Build();
        Assert.NotEqual(0, exitCode);
        Assert.Contains(fixture.PathOf("Program.cs") + "(2,26): error CS0103: The name 'NestedPorts' does not exist", output);
        Assert.DoesNotContain("LabNetwork' does not exist", output);
        Assert.DoesNotContain("CS8805", output);
    }
}
