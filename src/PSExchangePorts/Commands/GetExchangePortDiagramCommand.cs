using System;
using System.Linq;
using System.Management.Automation;
using ExchangePorts.Operations.Entries;
using ExchangePorts.Operations.Writers;

namespace PSExchangePorts.Commands;

/// <summary><c>Get-ExchangePortDiagram</c>: the data paths as <c>exchange-ports diagram</c> draws them, Mermaid or DOT text.</summary>
[Cmdlet(VerbsCommon.Get, "ExchangePortDiagram")]
[OutputType(typeof(string))]
public sealed class GetExchangePortDiagramCommand : ExchangePortsCmdlet
{
    /// <summary>The graph's language: Mermaid (Markdown, GitHub) or Dot (Graphviz).</summary>
    [Parameter(Position = 0)]
    [ValidateSet("Mermaid", "Dot", IgnoreCase = true)]
    public string Format { get; set; } = "Mermaid";

    /// <summary>The shipped catalogs: 2007, 2010, 2013, 2016, 2019, SE (several allowed); 2019 when neither this nor -Path is given.</summary>
    [Parameter]
    [ArgumentCompleter(typeof(VersionCompleter))]
    public string[]? Version { get; set; }

    /// <summary>Catalog files (CSV or JSON) to read, besides or instead of the shipped ones.</summary>
    [Parameter]
    [Alias("CatalogPath")]
    public string[]? Path { get; set; }

    private protected override void End()
    {
        var versions = CatalogParameters.Versions(Version);
        var paths = CatalogParameters.Paths(this, Path);
        var set = CatalogParameters.Load(this, versions, paths);
        var format = DiagramWriter.Formats.First(f => string.Equals(f.Name, Format, StringComparison.OrdinalIgnoreCase));
        WriteObject(format.Write(DiagramWriter.Build(set.Entries, "Data paths: " + CatalogSet.Describe(versions, Path ?? []))));
    }
}
