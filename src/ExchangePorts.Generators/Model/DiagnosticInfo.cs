using System;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace ExchangePorts.Generators.Model;

/// <summary>A diagnostic as a value, created in the pipeline and turned into a <see cref="Diagnostic"/> at report time.</summary>
internal sealed record DiagnosticInfo(
    DiagnosticDescriptor Descriptor,
    LocationInfo? Location,
    EquatableArray<string> MessageArgs)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] messageArgs) =>
        new(descriptor, location, new EquatableArray<string>(messageArgs));

    public Diagnostic ToDiagnostic() =>
        Diagnostic.Create(Descriptor, Location?.ToLocation() ?? Microsoft.CodeAnalysis.Location.None, MessageArgs.ToArray<object>());
}
