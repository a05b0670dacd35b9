using System.Linq;
using ExchangePorts.Generators.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ExchangePorts.Generators.Roslyn;

/// <summary>Where a diagnostic value becomes the compiler's: its location, and the diagnostic itself.</summary>
internal static class RoslynDiagnostics
{
    public static Location ToLocation(this LocationInfo location) =>
        Location.Create(
            location.FilePath,
            new TextSpan(location.Span.Start, location.Span.Length),
            new LinePositionSpan(new LinePosition(location.StartLine, location.StartCharacter), new LinePosition(location.EndLine, location.EndCharacter)));

    public static Diagnostic ToDiagnostic(this DiagnosticInfo diagnostic) =>
        Diagnostic.Create(
            Descriptors.For(diagnostic.Rule),
            diagnostic.Location?.ToLocation() ?? Location.None,
            (DiagnosticSeverity)diagnostic.Severity,
            additionalLocations: null,
            properties: null,
            diagnostic.MessageArgs.ToArray<object>());
}
