namespace ExchangePorts.Generators;

/// <summary>Names of the generator's pipeline steps, so tests can assert that each one is cached.</summary>
internal static class TrackingNames
{
    public const string ParseResults = nameof(ParseResults);
    public const string Specs = nameof(Specs);
    public const string ParseDiagnostics = nameof(ParseDiagnostics);
    public const string ClashResolution = nameof(ClashResolution);
    public const string EmitModels = nameof(EmitModels);
    public const string SharedTypes = nameof(SharedTypes);
    /// <summary>Whether generated code gets <c>#nullable</c> annotations (C# 8 and later).</summary>
    public const string NullableAnnotations = nameof(NullableAnnotations);
    public const string NamespaceClashes = nameof(NamespaceClashes);
    public const string EntryTypesInReferences = nameof(EntryTypesInReferences);
    public const string ReferencedCatalogs = nameof(ReferencedCatalogs);
}
