using System.Globalization;
using System.Linq;

namespace ExchangePorts.Generators.Common;

/// <summary>How much a diagnostic matters; the same values as the compiler's <c>DiagnosticSeverity</c>.</summary>
internal enum RuleSeverity
{
    Hidden = 0,
    Info = 1,
    Warning = 2,
    Error = 3,
}

/// <summary>
/// One diagnostic rule: its ID, title, message (a format of numbered arguments), category and default severity.
/// The rules are defined once (<c>Diagnostics/CatalogDiagnostics</c>, <c>AnalyzerDiagnostics</c>); the compiler's
/// descriptors are made from them where diagnostics meet Roslyn.
/// </summary>
internal sealed class Rule(string id, string title, string message, string category, RuleSeverity severity, string? description = null)
{
    public string Id { get; } = id;

    public string Title { get; } = title;

    public string Message { get; } = message;

    public string Category { get; } = category;

    public RuleSeverity Severity { get; } = severity;

    public string? Description { get; } = description;

    /// <summary>The message with its arguments in place, as the compiler formats it.</summary>
    public string Format(EquatableArray<string> arguments) =>
        string.Format(CultureInfo.InvariantCulture, Message, arguments.ToArray<object>());
}
