using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using ExchangePorts.Operations.Entries;
using ExchangePorts.Operations.Sources;
using ExchangePorts.Operations.Writers;
using ExchangePorts.Tool.Output;

namespace ExchangePorts.Tool.Commands;

/// <summary>
/// The options several commands share, each declared once: one instance per command line, whose commands all hold the
/// same option objects (as dotnet/sdk's CommonOptions). And the option kind the tool builds from its lists: a choice
/// of named values, never a number.
/// </summary>
internal sealed class CommonOptions
{
    public Option<string[]> Exchange { get; } = new("--exchange", "-e")
    {
        Description = "Shipped Exchange catalogs: " + ShippedCatalogs.Instance.VersionList + " (repeatable, or joined by commas). Default: " +
            ShippedCatalogs.Instance.Current + ", unless --catalog is given.",
        HelpName = "VERSION",
    };

    public Option<string[]> Catalog { get; } = new("--catalog", "-c")
    {
        Description = "A catalog file of your own: CSV, JSON or IANA's registry (repeatable).",
        HelpName = "PATH",
    };

    public Option<string> Output { get; } = new("--output", "-o")
    {
        Description = "Write to this file instead of standard output: replaced whole, or left alone (- is standard output).",
        HelpName = "PATH",
    };

    public Option<string> From { get; } = new("--from")
    {
        Description = "Only entries whose source has this role (Mailbox, Edge, Internet, ...).",
        HelpName = "ROLE",
    };

    public Option<string> To { get; } = new("--to")
    {
        Description = "Only entries whose destination has this role.",
        HelpName = "ROLE",
    };

    public Option<string> Group { get; } = new("--group", "-g")
    {
        Description = "Only entries of this group (data path), such as EdgeSync.",
        HelpName = "GROUP",
    };

    /// <summary>
    /// <c>--role</c>: the server role a command acts for, one of the catalogs' role keys (checked where the catalogs
    /// are loaded). What the role is to the command is said by <paramref name="description"/>.
    /// </summary>
    public static Option<string> Role(string description, bool required) => new("--role", "-r")
    {
        Description = description,
        Required = required,
        HelpName = "ROLE",
    };

    /// <summary><c>list</c> and <c>find</c>'s <c>--format</c>.</summary>
    public Option<EntryFormat> EntryFormat { get; } =
        Choice("--format", "-f", "How to write the entries", EntryWriter.Formats.Select(f => (f.Name, f.Help, f)).ToList());

    /// <summary>
    /// An option that takes one of <paramref name="choices"/> by name (any case), the first by default; any other
    /// value, a number included, is an error that lists the names.
    /// </summary>
    public static Option<T> Choice<T>(string name, string alias, string what, IReadOnlyList<(string Name, string Help, T Value)> choices)
    {
        var names = string.Join(", ", choices.Select(c => c.Name));
        var option = new Option<T>(name, alias)
        {
            Description = what + ": " + string.Join("; ", choices.Select((c, i) => c.Name + (i == 0 ? " (default), " : ", ") + c.Help)) + ".",
            HelpName = string.Join("|", choices.Select(c => c.Name)),
            DefaultValueFactory = _ => choices[0].Value,
            CustomParser = result =>
            {
                var token = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
                foreach (var choice in choices)
                {
                    if (string.Equals(choice.Name, token, StringComparison.OrdinalIgnoreCase))
                    {
                        return choice.Value;
                    }
                }

                result.AddError(name + ": '" + token + "' is not one of " + names + ".");
                return choices[0].Value;
            },
        };
        option.CompletionSources.Add(choices.Select(c => c.Name).ToArray());
        return option;
    }
}
