using System.Collections.Generic;
using ExchangePorts.Generators.Tests.Infrastructure;
using Xunit;

namespace ExchangePorts.Generators.Tests.Generation;

/// <summary>The generated source, reviewed line by line in <c>Snapshots/</c>.</summary>
public class SnapshotTests
{
    /// <summary>A small catalog that exercises every shape: namespace, public, keyword, PascalCasing, quoting.</summary>
    public const string CustomCatalog =
        "Name,Group,Port,Transport,Security,Source,Description,Notes\n" +
        "smtp,hub-to-edge,25,tcp,TLS,https://example.com/ports?a=1&b=2,\"Mail, relayed\",\n" +
        "ldap gc,Directory,3268,TCP,,\"RFC 4511\",,\"He said \"\"use 636\"\"\"\n" +
        "class,Directory,389,tcp/udp,None,,<b>bold</b>,\n";

    [Fact]
    public void Exchange_catalog()
    {
        var run = GeneratorHarness.Run(RepositoryPaths.ExchangeCatalogFile());
        Assert.Empty(run.Result.Diagnostics);
        Snapshot.Match(run.Source("ExchangePorts.g.cs"), "ExchangePorts");
        Snapshot.Match(run.Source("ExchangePorts-data.g.cs"), "ExchangePorts-data");
    }

    [Fact]
    public void Shared_types()
    {
        var run = GeneratorHarness.Run(RepositoryPaths.ExchangeCatalogFile());
        Snapshot.Match(run.Source("PortCatalog.SharedTypes.g.cs"), "PortCatalog.SharedTypes");
    }

    [Fact]
    public void Catalog_class_attribute()
    {
        var run = GeneratorHarness.Run(RepositoryPaths.ExchangeCatalogFile());
        Snapshot.Match(run.Source("PortCatalog.PortCatalogClassAttribute.g.cs"), "PortCatalog.PortCatalogClassAttribute");
    }

    [Fact]
    public void Custom_catalog_in_a_namespace_and_public()
    {
        var run = GeneratorHarness.Run(new CatalogFile(
            "/lab/acme-web.ports.csv",
            CustomCatalog,
            new Dictionary<string, string> { ["Namespace"] = "Acme.Network", ["Visibility"] = "public" }));
        Assert.Empty(run.Result.Diagnostics);
        Snapshot.Match(run.Source("Acme.Network.AcmeWebPorts.g.cs"), "AcmeWebPorts");
    }
}
