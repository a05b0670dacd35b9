using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ExchangePorts.Generators.Tests.Infrastructure;

/// <summary>Item metadata per AdditionalFiles path, as MSBuild passes it through <c>build_metadata.AdditionalFiles.*</c>.</summary>
internal sealed class TestOptionsProvider(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> metadataByPath)
    : AnalyzerConfigOptionsProvider
{
    public static readonly TestOptionsProvider Empty = new(new Dictionary<string, IReadOnlyDictionary<string, string>>());

    public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(new Dictionary<string, string>());

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => GlobalOptions;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        metadataByPath.TryGetValue(textFile.Path, out var metadata) ? new Options(metadata) : GlobalOptions;

    /// <summary>Options for one file, keyed by metadata name (<c>ClassName</c>, <c>Namespace</c>, …).</summary>
    public static Options ForMetadata(IReadOnlyDictionary<string, string> metadata) => new(metadata);

    internal sealed class Options(IReadOnlyDictionary<string, string> metadata) : AnalyzerConfigOptions
    {
        private const string Prefix = "build_metadata.AdditionalFiles.";

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value)
        {
            value = null;
            return key.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) &&
                metadata.TryGetValue(key.Substring(Prefix.Length), out value);
        }
    }
}
