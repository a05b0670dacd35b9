using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using ExchangePorts.Operations.Sources;

namespace PSExchangePorts.Commands;

/// <summary>Tab completion of <c>-Version</c>: the shipped catalogs' names.</summary>
public sealed class VersionCompleter : IArgumentCompleter
{
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters) =>
        ShippedCatalogs.Instance.Catalogs
            .Select(c => c.Version)
            .Where(v => v.StartsWith(wordToComplete ?? string.Empty, System.StringComparison.OrdinalIgnoreCase))
            .Select(v => new CompletionResult(v, v, CompletionResultType.ParameterValue, "Exchange " + v));
}
