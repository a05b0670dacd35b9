using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ExchangePorts.Generators.Tests.Infrastructure;

/// <summary>Item metadata per AdditionalFiles path, as MSBuild passes it through <c>build_metadata.AdditionalFiles.*</c>.</summary>
/// <param name="projectProperties">MSBuild properties made visible to the compiler, as <c>build_property.*</c>.</param>
internal sealed class TestOptionsProvider(
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> metadataByPath,
    IReadOnlyDictionary<string, string>? projectProperties = null)
    : AnalyzerConfigOptionsProvider
{
    public static readonly TestOptionsProvider Empty = new(new Dictionary<string, IReadOnlyDictionary<string, string>>());

    public override AnalyzerConfigOptions GlobalOptions { get; } =
        new Options(projectProperties ?? new Dictionary<string, string>(), "build_property.");

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => GlobalOptions;

    // Like the compiler, an item's options also answer the project's keys.
    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        metadataByPath.TryGetValue(textFile.Path, out var metadata) ? new Options(metadata, "build_metadata.AdditionalFiles.") : GlobalOptions;

    private sealed class Options(IReadOnlyDictionary<string, string> values, string prefix) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value)
        {
            value = null;
            return key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) &&
                values.TryGetValue(key.Substring(prefix.Length), out value);
        }
    }
}
