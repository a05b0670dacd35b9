using System.Collections.Concurrent;
using ExchangePorts.Generators.Common;
using Microsoft.CodeAnalysis;

namespace ExchangePorts.Generators.Roslyn;

/// <summary>
/// The compiler's descriptor of each rule, made once and the same way for every rule: its help link from its ID, its
/// tags from its severity. An analyzer's supported diagnostics and the diagnostics it reports share these instances.
/// </summary>
internal static class Descriptors
{
    /// <summary>Where the rule pages live; each descriptor links to <c>{HelpLinkBase}{ID}.md</c>.</summary>
    public const string HelpLinkBase = "https://github.com/exchangeports/exchangeports/blob/main/docs/rules/";

    // Errors describe catalogs that cannot be compiled as written: no .editorconfig may hide them.
    private static readonly string[] ErrorTags = [WellKnownDiagnosticTags.NotConfigurable];
    private static readonly string[] OtherTags = [];

    private static readonly ConcurrentDictionary<Rule, DiagnosticDescriptor> Made = new();

    public static string HelpLink(string id) => HelpLinkBase + id + ".md";

    public static DiagnosticDescriptor For(Rule rule) => Made.GetOrAdd(rule, static r => new DiagnosticDescriptor(
        r.Id,
        r.Title,
        r.Message,
        r.Category,
        (DiagnosticSeverity)r.Severity,
        isEnabledByDefault: true,
        description: r.Description,
        helpLinkUri: HelpLink(r.Id),
        customTags: r.Severity == RuleSeverity.Error ? ErrorTags : OtherTags));
}
