using System;
using System.CommandLine;
using System.Linq;
using ExchangePorts.Operations.Entries;
using ExchangePorts.Tool.Output;

namespace ExchangePorts.Tool.Commands;

/// <summary>A command that reads catalogs: its own arguments and options, then <c>--exchange</c> and <c>--catalog</c>.</summary>
internal static class CatalogCommand
{
    /// <summary>The command; its action gets the catalogs loaded (warnings already on standard error) and returns the exit code.</summary>
    public static Command Create(string name, string description, Symbol[] symbols, CommonOptions options, ToolConsole console, Func<ParseResult, CatalogSet, int> action)
    {
        var command = new Command(name, description);
        foreach (var symbol in symbols)
        {
            if (symbol is Argument argument)
            {
                command.Arguments.Add(argument);
            }
            else
            {
                command.Options.Add((Option)symbol);
            }
        }

        command.Options.Add(options.Exchange);
        command.Options.Add(options.Catalog);
        var writesOutput = symbols.Contains(options.Output);
        command.SetAction(result =>
        {
            // A path that cannot take the result is refused before any work is done or any note printed; so is one
            // that holds a catalog the command reads.
            if (writesOutput)
            {
                OutputTarget.Check(result.GetValue(options.Output), []);
            }

            var catalogs = CatalogSet.Load(result.GetValue(options.Exchange) ?? [], result.GetValue(options.Catalog) ?? []);
            if (writesOutput)
            {
                OutputTarget.Check(result.GetValue(options.Output), catalogs.Files);
            }

            foreach (var warning in catalogs.Warnings)
            {
                console.WriteError(warning);
            }

            return action(result, catalogs);
        });
        return command;
    }

    /// <summary>The catalogs a diagram or a script says it was made from: <c>Exchange 2019</c>, <c>Exchange 2016, my.ports.csv</c>.</summary>
    public static string Describe(ParseResult result, CommonOptions options) =>
        CatalogSet.Describe(result.GetValue(options.Exchange) ?? [], result.GetValue(options.Catalog) ?? []);

    /// <summary>The command line as typed, for a file's header; a token with a space or a quote is quoted.</summary>
    public static string CommandLine(ParseResult result) =>
        "exchange-ports " + string.Join(" ", result.Tokens.Select(t => t.Value.Length == 0 || t.Value.Any(c => char.IsWhiteSpace(c) || c is '"' or '\'') ? "\"" + t.Value + "\"" : t.Value));
}
