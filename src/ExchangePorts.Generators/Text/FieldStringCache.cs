namespace ExchangePorts.Generators.Text;

/// <summary>
/// Gives the same string for the same characters, as Roslyn's StringTable does for identifiers. Catalog
/// columns repeat (groups, routes, security, sources), and a large catalog read into a fresh string per
/// field keeps megabytes alive through the whole parse; the garbage collector pays for each of them.
/// A fixed number of slots, each holding the last string that hashed there: unique values (names,
/// notes) replace each other instead of growing the table.
/// </summary>
internal sealed class FieldStringCache
{
    private const int SlotCount = 4096;

    // Longer values are rarely repeated.
    private const int MaxCachedLength = 128;

    private readonly string?[] _slots = new string?[SlotCount];

    public string Get(string text, int start, int length)
    {
        if (length == 0)
        {
            return string.Empty;
        }

        if (length > MaxCachedLength)
        {
            return text.Substring(start, length);
        }

        // A few characters from both ends and the middle, not all of them: most values are unique names or
        // notes, and a collision only costs the string the cache would have saved.
        var end = start + length - 1;
        var hash = (uint)length * 16777619u;
        hash = (hash ^ text[start]) * 16777619u;
        hash = (hash ^ text[end]) * 16777619u;
        hash = (hash ^ text[start + (length >> 1)]) * 16777619u;
        hash = (hash ^ text[end - (length >> 2)]) * 16777619u;
        hash = (hash ^ text[start + (length >> 2)]) * 16777619u;
        hash ^= hash >> 15;

        var slot = (int)(hash & (SlotCount - 1));
        var cached = _slots[slot];
        if (cached is not null && cached.Length == length && string.CompareOrdinal(cached, 0, text, start, length) == 0)
        {
            return cached;
        }

        return _slots[slot] = text.Substring(start, length);
    }
}
