using System;
using System.Collections.Generic;

namespace ExchangePorts.Generators.Common;

/// <summary>
/// Options given by name outside a compiler (a command line, a test): item metadata or project properties,
/// answered under the keys MSBuild would use (<see cref="AnalyzerConfigKeys"/>).
/// </summary>
internal sealed class DictionaryConfigOptions : IOptionValues
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

    public bool TryGetValue(string key, out string value)
    {
        if (_prefix.Length > 0 && key.StartsWith(_prefix, StringComparison.OrdinalIgnoreCase) && _values.TryGetValue(key.Substring(_prefix.Length), out var found))
        {
            value = found;
            return true;
        }

        value = string.Empty;
        return false;
    }
}
