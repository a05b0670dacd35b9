using System.CommandLine;
using System.Linq;
using ExchangePorts.Operations.Writers;
using ExchangePorts.Tool.Output;

namespace ExchangePorts.Tool.Commands;

/// <summary><c>diagram</c>: the data paths as a Mermaid or DOT graph.</summary>
internal static class DiagramCommand
{
    public static Command Create(CommonOptions options, ToolConsole console)
    {
        var format = CommonOptions.Choice("--format", "-f", "The graph's language", DiagramWriter.Formats.Select(f => (f.Name, f.Help, f)).ToList());
        return CatalogCommand.Create(
            "diagram",
            "Draw the data paths: each role a node, each source and destination an edge labelled with its ports.\n\n" +
            "Examples:\n  exchange-ports diagram\n  exchange-ports diagram --exchange 2016 --format dot | dot -Tsvg -o exchange2016.svg",
            [format, options.Output],
            options,
            console,
            (result, set) =>
            {
                var graph = DiagramWriter.Build(set.Entries, "Data paths: " + CatalogCommand.Describe(result, options));
                OutputTarget.Write(result.GetValue(format)!.Write(graph), result.GetValue(options.Output), console);
                return ExitCodes.Success;
            });
    }
}
