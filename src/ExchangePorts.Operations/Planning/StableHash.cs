using System.Globalization;

namespace ExchangePorts.Operations.Planning;

/// <summary>
/// FNV-1a over a text's UTF-16 code units: a short tail, the same in every process and on every machine (unlike
/// <c>string.GetHashCode</c>), that keeps two long names apart when they are cut.
/// </summary>
internal static class StableHash
{
    public static string Of(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return hash.ToString("x8", CultureInfo.InvariantCulture);
    }
}
