using ExchangePorts.Operations.Sources;
using Xunit;

namespace ExchangePorts.Operations.Tests.Sources;

/// <summary>An Exchange server's build, as Get-ExchangeServer writes it, to the catalog of its version.</summary>
public class ExchangeBuildTests
{
    [Theory]
    [InlineData("Version 8.3 (Build 83.6)", "2007")]
    [InlineData("Version 14.3 (Build 123.4)", "2010")]
    [InlineData("Version 15.0 (Build 1497.2)", "2013")]
    [InlineData("Version 15.1 (Build 2507.6)", "2016")]
    [InlineData("Version 15.2 (Build 1544.4)", "2019")]
    [InlineData("Version 15.2 (Build 2561.0)", "2019")]
    [InlineData("Version 15.2 (Build 2562.17)", "SE")]
    [InlineData("version 15.2 (build 1544.4)", "2019")]
    [InlineData("15.1.2507.6", "2016")]
    [InlineData("15.2.2562.17", "SE")]
    [InlineData("15.2", "2019")]
    [InlineData(" 14.3.123.4 ", "2010")]
    public void A_build_names_the_catalog_of_its_version(string build, string catalog) =>
        Assert.Equal(catalog, ExchangeBuild.Catalog(build));

    [Theory]
    [InlineData("Version 6.5 (Build 7638.2)")]
    [InlineData("Version 16.0 (Build 1.0)")]
    [InlineData("15.3.1.1")]
    [InlineData("2019")]
    [InlineData("Version 15.2")]
    [InlineData("Version 15.2 (Build 1544.4) extra")]
    [InlineData("15.2.1544.4.1")]
    [InlineData("")]
    [InlineData("Version 99999999999.2 (Build 1.1)")]
    [InlineData("Version \u0661\u0665.\u0662 (Build 1.1)")]
    [InlineData("\u0661\u0665.\u0662")]
    public void Anything_else_names_none(string text) =>
        Assert.Null(ExchangeBuild.Catalog(text));
}
