using ExchangePorts.Generators.Common;

namespace ExchangePorts.Generators.Model;

/// <summary>
/// The outcome of reading one catalog file: the spec of what can be generated (absent only when the
/// catalog's options are unusable) and every diagnostic found on the way.
/// </summary>
internal sealed record CatalogParseResult(CatalogSpec? Spec, EquatableArray<DiagnosticInfo> Diagnostics);
