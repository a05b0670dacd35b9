using ExchangePorts.Generators.Common;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ExchangePorts.Generators.Roslyn;

/// <summary>The compiler's analyzer options as the catalog reader asks for options (<see cref="IOptionValues"/>).</summary>
internal sealed class AnalyzerOptionValues(AnalyzerConfigOptions options) : IOptionValues
{
    public bool TryGetValue(string key, out string value)
    {
        if (options.TryGetValue(key, out var found))
        {
            value = found;
            return true;
        }

        value = string.Empty;
        return false;
    }
}
