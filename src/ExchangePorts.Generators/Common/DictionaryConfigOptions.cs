using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ExchangePorts.Generators.Common;

/// <summary>
/// Options given by name outside a compiler (a command line, a test): item metadata or project properties,
/// answered under the keys MSBuild would use (<see cref="AnalyzerConfigKeys"/>).
/// </summary>
internal sealed class DictionaryConfigOptions : AnalyzerConfigOptions
{
    public static readonly DictionaryConfigOptions Empty = new(new Dictionary<string, string>(), string.Empty);

    private readonly IReadOnlyDictionary<string, string> _values;
    private readonly string _prefix;

    private DictionaryConfigOptions(IReadOnlyDictionary<string, string> values, string prefix)
    {
        _values = values;
        _prefix = prefix;
    }

    /// <summary>An AdditionalFiles item's metadata, such as <c>ClassName</c>.</summary>
    public static DictionaryConfigOptions ForMetadata(IReadOnlyDictionary<string, string>? metadata) =>
        metadata is null ? Empty : new(metadata, AnalyzerConfigKeys.MetadataPrefix);

    /// <summary>Project properties, such as <c>ExchangePortsNamespace</c>.</summary>
    public static DictionaryConfigOptions ForProperties(IReadOnlyDictionary<string, string>? properties) =>
        properties is null ? Empty : new(properties, AnalyzerConfigKeys.PropertyPrefix);

    // netstandard2.0 has no NotNullWhen attribute to state the override's contract with: oblivious instead.
#nullable disable
    public override bool TryGetValue(string key, out string value)
    {
        value = null;
        return _prefix.Length > 0 &&
            key.StartsWith(_prefix, StringComparison.OrdinalIgnoreCase) &&
            _values.TryGetValue(key.Substring(_prefix.Length), out value);
    }
#nullable restore
}
