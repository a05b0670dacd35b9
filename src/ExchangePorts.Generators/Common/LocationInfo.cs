using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ExchangePorts.Generators.Common;

/// <summary>A value-equal stand-in for <see cref="Location"/>, which must not be held by pipeline models.</summary>
internal sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    public Location ToLocation() => Location.Create(FilePath, Span, LineSpan);

    public static LocationInfo FileStart(string filePath) => new(filePath, default, default);

    public static LocationInfo Create(string filePath, SourceText text, TextSpan span) =>
        new(filePath, span, text.Lines.GetLinePositionSpan(span));
}
