using System;
using System.Collections.Generic;
using System.CommandLine;
using ExchangePorts.Tool.Catalogs;

namespace ExchangePorts.Tool.Commands;

/// <summary>The options every command reads its catalogs with: <c>--exchange</c> and <c>--catalog</c>.</summary>
internal sealed class CatalogOptions
{
    public Option<string[]> Exchange { get; } = new("--exchange", "-e")
    {
        Description = "Shipped Exchange catalogs: 2007, 2010, 2013, 2016, 2019 or SE (repeatable). Default: 2007 and 2019, as in a build.",
        AllowMultipleArgumentsPerToken = true,
    };

    public Option<string[]> Catalog { get; } = new("--catalog", "-c")
    {
        Description = "A catalog file of your own: CSV, JSON or IANA's registry (repeatable).",
    };

    /// <summary>
    /// A command that reads catalogs: its arguments and options, then <c>--exchange</c> and <c>--catalog</c>; its
    /// action gets the catalogs loaded (warnings already on standard error) and returns the exit code.
    /// </summary>
    public Command Command(string name, string description, Symbol[] symbols, Func<ParseResult, CatalogSet, int> action)
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

        command.Options.Add(Exchange);
        command.Options.Add(Catalog);
        command.SetAction(result =>
        {
            var catalogs = Load(result);
            ReportWarnings(catalogs);
            return action(result, catalogs);
        });
        return command;
    }

    public CatalogSet Load(ParseResult result) =>
        CatalogSet.Load(result.GetValue(Exchange) ?? [], result.GetValue(Catalog) ?? []);

    public static void ReportWarnings(CatalogSet catalogs)
    {
        foreach (var warning in catalogs.Warnings)
        {
            System.Console.Error.WriteLine(warning);
        }
    }

    /// <summary>The catalogs a diagram or a script says it was made from, e.g. <c>Exchange 2019</c>.</summary>
    public static string Describe(ParseResult result, CatalogOptions options)
    {
        var parts = new List<string>();
        foreach (var version in result.GetValue(options.Exchange) ?? [])
        {
            parts.Add("Exchange " + version);
        }

        foreach (var path in result.GetValue(options.Catalog) ?? [])
        {
            parts.Add(System.IO.Path.GetFileName(path));
        }

        return parts.Count == 0 ? "Exchange 2007 and 2019" : string.Join(", ", parts);
    }
}
