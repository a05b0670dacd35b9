using System.Collections.Generic;
using ExchangePorts.Generators.Common;
using ExchangePorts.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ExchangePorts.Generators.Catalog;

/// <summary>Collects the diagnostics of one catalog file, located by span in its text.</summary>
internal sealed class CatalogDiagnosticSink(string filePath, SourceText text, string? content = null)
{
    private readonly List<DiagnosticInfo> _diagnostics = [];
    private string? _content = content;

    public string FilePath { get; } = filePath;

    public SourceText Text { get; } = text;

    /// <summary>
    /// The text as one string, made once: a file of more than 80 KB is read into a chunked
    /// <see cref="SourceText"/>, whose <c>ToString()</c> copies the whole file each time.
    /// </summary>
    public string Content => _content ??= Text.ToString();

    public IReadOnlyList<DiagnosticInfo> Diagnostics => _diagnostics;

    public void Report(DiagnosticDescriptor descriptor, TextSpan span, params string[] messageArgs) =>
        _diagnostics.Add(DiagnosticInfo.Create(descriptor, LocationInfo.Create(FilePath, Text, span), messageArgs));

    /// <summary>Reports with a severity other than the descriptor's (a rule whose weight depends on the catalog).</summary>
    public void Report(DiagnosticDescriptor descriptor, TextSpan span, DiagnosticSeverity severity, params string[] messageArgs) =>
        _diagnostics.Add(DiagnosticInfo.Create(descriptor, LocationInfo.Create(FilePath, Text, span), messageArgs) with { Severity = severity });

    public void ReportAtFile(DiagnosticDescriptor descriptor, params string[] messageArgs) =>
        _diagnostics.Add(DiagnosticInfo.Create(descriptor, LocationInfo.FileStart(FilePath), messageArgs));

    /// <summary>The 1-based line of a position, as people and MSBuild count lines.</summary>
    public int LineNumberOf(int position) => Text.Lines.GetLineFromPosition(position).LineNumber + 1;
}
