namespace ExchangePorts.Generators.Common;

/// <summary>
/// How MSBuild hands options to generators and analyzers: a compiler-visible property is
/// <c>build_property.NAME</c> in the global options, an item's metadata <c>build_metadata.AdditionalFiles.NAME</c>
/// in the item's options. Values are trimmed; an absent value is empty.
/// </summary>
internal static class AnalyzerConfigKeys
{
    public const string PropertyPrefix = "build_property.";

    public const string MetadataPrefix = "build_metadata.AdditionalFiles.";

    /// <summary>A project property's value, trimmed; empty when absent.</summary>
    public static string Property(IOptionValues projectOptions, string name) =>
        projectOptions.TryGetValue(PropertyPrefix + name, out var value) ? value.Trim() : string.Empty;

    /// <summary>An AdditionalFiles item's metadata value, trimmed; empty when absent.</summary>
    public static string Metadata(IOptionValues itemOptions, string name) =>
        itemOptions.TryGetValue(MetadataPrefix + name, out var value) ? value.Trim() : string.Empty;

    /// <summary>True when the value is <c>true</c> or <c>false</c> (any case) as asked, false for anything else.</summary>
    public static bool Is(string value, bool expected) =>
        string.Equals(value, expected ? "true" : "false", System.StringComparison.OrdinalIgnoreCase);
}
