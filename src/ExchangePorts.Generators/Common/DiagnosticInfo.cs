using System;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace ExchangePorts.Generators.Common;

/// <summary>A diagnostic as a value, created in the pipeline and turned into a <see cref="Diagnostic"/> at report time.</summary>
/// <param name="Severity">The severity it is reported with: the descriptor's, or lower for a lenient catalog's bad row.</param>
internal sealed record DiagnosticInfo(
    DiagnosticDescriptor Descriptor,
    LocationInfo? Location,
    EquatableArray<string> MessageArgs,
    DiagnosticSeverity Severity)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] messageArgs) =>
        new(descriptor, location, new EquatableArray<string>(messageArgs), descriptor.DefaultSeverity);

    public Diagnostic ToDiagnostic() =>
        Diagnostic.Create(
            Descriptor,
            Location?.ToLocation() ?? Microsoft.CodeAnalysis.Location.None,
            Severity,
            additionalLocations: null,
            properties: null,
            MessageArgs.ToArray<object>());
}
