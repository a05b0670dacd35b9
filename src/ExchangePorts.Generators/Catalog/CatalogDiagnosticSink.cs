using System.Collections.Generic;
using ExchangePorts.Generators.Common;

namespace ExchangePorts.Generators.Catalog;

/// <summary>Collects the diagnostics of one catalog, each located at its span of the catalog's text.</summary>
internal sealed class CatalogDiagnosticSink(string filePath, CatalogText text)
{
    private readonly List<DiagnosticInfo> _diagnostics = [];

    public string FilePath { get; } = filePath;

    public CatalogText Text { get; } = text;

    /// <summary>The text as one string.</summary>
    public string Content => Text.Content;

    public IReadOnlyList<DiagnosticInfo> Diagnostics => _diagnostics;

    public void Report(Rule rule, SourceSpan span, params string[] messageArgs) =>
        _diagnostics.Add(DiagnosticInfo.Create(rule, LocationInfo.Create(FilePath, Text, span), messageArgs));

    /// <summary>Reports with a severity other than the rule's (a rule whose weight depends on the catalog).</summary>
    public void Report(Rule rule, SourceSpan span, RuleSeverity severity, params string[] messageArgs) =>
        _diagnostics.Add(DiagnosticInfo.Create(rule, LocationInfo.Create(FilePath, Text, span), messageArgs) with { Severity = severity });

    public void ReportAtFile(Rule rule, params string[] messageArgs) =>
        _diagnostics.Add(DiagnosticInfo.Create(rule, LocationInfo.FileStart(FilePath), messageArgs));

    /// <summary>The 1-based line of a position, as people and MSBuild count lines.</summary>
    public int LineNumberOf(int position) => Text.PositionOf(position).Line + 1;
}
