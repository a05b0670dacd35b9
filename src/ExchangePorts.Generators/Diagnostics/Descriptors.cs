using Microsoft.CodeAnalysis;

namespace ExchangePorts.Generators.Diagnostics;

/// <summary>Makes every descriptor of the project the same way: its help link from its ID, its tags from its severity.</summary>
internal static class Descriptors
{
    /// <summary>Where the rule pages live; each descriptor links to <c>{HelpLinkBase}{ID}.md</c>.</summary>
    public const string HelpLinkBase = "https://github.com/exchangeports/exchangeports/blob/main/docs/rules/";

    // Errors describe catalogs that cannot be compiled as written: no .editorconfig may hide them.
    private static readonly string[] ErrorTags = [WellKnownDiagnosticTags.NotConfigurable];
    private static readonly string[] OtherTags = [];

    public static string HelpLink(string id) => HelpLinkBase + id + ".md";

    public static DiagnosticDescriptor Create(string id, string title, string message, string category, DiagnosticSeverity severity, string? description = null) =>
        new(
            id,
            title,
            message,
            category,
            severity,
            isEnabledByDefault: true,
            description: description,
            helpLinkUri: HelpLink(id),
            customTags: severity == DiagnosticSeverity.Error ? ErrorTags : OtherTags);
}
