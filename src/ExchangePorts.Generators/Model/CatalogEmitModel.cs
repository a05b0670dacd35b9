using ExchangePorts.Generators.Common;

namespace ExchangePorts.Generators.Model;

/// <summary>The class one catalog generates, or why it generates none (its class is already taken).</summary>
internal sealed record CatalogEmitModel(CatalogSpec? Spec, DiagnosticInfo? Clash);
