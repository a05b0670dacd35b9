namespace ExchangePorts.Generators.Common;

/// <summary>
/// Where a diagnostic points, as a value: the file, the span, and the 0-based line and column of its start and end.
/// The compiler's <c>Location</c> is made from it only when the diagnostic is reported.
/// </summary>
internal sealed record LocationInfo(string FilePath, SourceSpan Span, int StartLine, int StartCharacter, int EndLine, int EndCharacter)
{
    public static LocationInfo FileStart(string filePath) => new(filePath, default, 0, 0, 0, 0);

    public static LocationInfo Create(string filePath, CatalogText text, SourceSpan span)
    {
        var (startLine, startCharacter) = text.PositionOf(span.Start);
        var (endLine, endCharacter) = text.PositionOf(span.End);
        return new(filePath, span, startLine, startCharacter, endLine, endCharacter);
    }
}
