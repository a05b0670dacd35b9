using System.CommandLine;
using ExchangePorts.Tool.Output;

namespace ExchangePorts.Tool.Commands;

/// <summary><c>diagram</c>: the data paths as a Mermaid or DOT graph.</summary>
internal static class DiagramCommand
{
    public static Command Create()
    {
        var catalogs = new CatalogOptions();
        var format = new Option<DiagramFormat>("--format", "-f") { Description = "mermaid (default; GitHub renders it) or dot (Graphviz: dot -Tsvg)." };
        var output = new Option<string>("--output", "-o") { Description = "Write to this file instead of standard output." };
        return catalogs.Command(
            "diagram",
            "Draw the data paths: each role a node, each source and destination an edge labelled with its ports.\n\nExamples:\n  exchange-ports diagram --exchange 2019\n  exchange-ports diagram --exchange 2019 --format dot | dot -Tsvg -o exchange2019.svg",
            [format, output],
            (result, set) =>
            {
                var title = "Data paths: " + CatalogOptions.Describe(result, catalogs);
                OutputTarget.Write(DiagramWriter.Write(set.Entries, result.GetValue(format), title), result.GetValue(output));
                return ExitCodes.Success;
            });
    }
}
