namespace ExchangePorts.Operations.Tests.Documentation;

/// <summary>A link of a Markdown page: where it points, as written, and the line it is on (1-based).</summary>
internal sealed record MarkdownLink(string Target, int Line);
