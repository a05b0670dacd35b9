using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using ExchangePorts.Generators.Common;
using ExchangePorts.Generators.Tests.Infrastructure;
using Xunit;

namespace ExchangePorts.Generators.Tests.Build;

/// <summary>
/// The package's MSBuild files state in XML what the generator states in C#: the option names it reads and
/// the catalogs it ships. Each fact has one definition on each side of that line, and they must agree.
/// </summary>
public class MSBuildFilesTests
{
    private static string BuildFolder => Path.Combine(RepositoryPaths.Root, "src", "ExchangePorts", "build");

    private static XDocument Props => XDocument.Load(Path.Combine(BuildFolder, "ExchangePorts.props"));

    private static XDocument Targets => XDocument.Load(Path.Combine(BuildFolder, "ExchangePorts.targets"));

    [Fact]
    public void The_props_make_exactly_the_option_names_the_generator_reads_visible_to_the_compiler()
    {
        Assert.Equal(
            OptionNames.Metadata.All.Order(StringComparer.Ordinal),
            Items(Props, "CompilerVisibleItemMetadata").Select(item => (string)item.Attribute("MetadataName")!).Order(StringComparer.Ordinal));
        Assert.Equal(
            OptionNames.Property.InPackage.Order(StringComparer.Ordinal),
            Items(Props, "CompilerVisibleProperty").Select(item => (string)item.Attribute("Include")!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_targets_guard_every_item_metadata_the_generator_reads()
    {
        // Each is checked for the characters MSBuild cannot pass to the compiler intact.
        Assert.Equal(
            OptionNames.Metadata.All.Order(StringComparer.Ordinal),
            Items(Targets, "_ExchangePortsBadOption").Select(item => (string)item.Attribute("OptionName")!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_shipped_catalog_is_listed_once_and_every_listed_file_exists()
    {
        var listed = Items(Props, "ExchangePortsShippedCatalog").Select(item => (Version: (string)item.Attribute("Include")!, File: (string)item.Attribute("File")!)).ToList();
        Assert.Equal(["2007", "2010", "2013", "2016", "2019", "SE"], listed.Select(c => c.Version));

        var files = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "catalog"), "*.ports.*").Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(files, listed.Select(c => c.File).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_props_file_that_lost_one_metadata_line_fails_the_comparison()
    {
        var text = File.ReadAllText(Path.Combine(BuildFolder, "ExchangePorts.props"));
        var line = text.Split('\n').Single(l => l.Contains("MetadataName=\"Lenient\"", StringComparison.Ordinal));
        var broken = XDocument.Parse(text.Replace(line, string.Empty, StringComparison.Ordinal));

        Assert.NotEqual(
            OptionNames.Metadata.All.Order(StringComparer.Ordinal),
            Items(broken, "CompilerVisibleItemMetadata").Select(item => (string)item.Attribute("MetadataName")!).Order(StringComparer.Ordinal));
    }

    private static XElement[] Items(XDocument project, string itemType) =>
        project.Descendants().Where(element => element.Name.LocalName == itemType).ToArray();
}
