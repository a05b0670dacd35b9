using System.Collections.Generic;
using System.Globalization;
using System.Text;
using ExchangePorts.Generators.Catalog;
using ExchangePorts.Generators.Model;

namespace ExchangePorts.Generators.Data;

/// <summary>Writes a catalog's entries as <see cref="CatalogDataFormat"/> text; each distinct string once.</summary>
internal static class CatalogDataWriter
{
    public static string Write(CatalogSpec spec)
    {
        var strings = new List<string>();
        var indexes = new Dictionary<string, int>(System.StringComparer.Ordinal);
        int IndexOf(string value)
        {
            if (!indexes.TryGetValue(value, out var index))
            {
                indexes.Add(value, index = strings.Count);
                strings.Add(value);
            }

            return index;
        }

        // Group names first, so a group's number is also the index of its name.
        var groupOfEntry = new int[spec.Entries.Count];
        for (var g = 0; g < spec.Groups.Count; g++)
        {
            IndexOf(IdentifierNaming.Unescape(spec.Groups[g].Name));
            foreach (var entry in spec.Groups[g].EntryIndexes)
            {
                groupOfEntry[entry] = g;
            }
        }

        var fields = new int[spec.Entries.Count * CatalogDataFormat.FieldsPerEntry];
        for (var i = 0; i < spec.Entries.Count; i++)
        {
            var e = spec.Entries[i];
            var at = i * CatalogDataFormat.FieldsPerEntry;
            fields[at] = groupOfEntry[i];
            fields[at + 1] = IndexOf(IdentifierNaming.Unescape(e.Name));
            fields[at + 2] = e.Port;
            fields[at + 3] = (int)e.Transport;
            fields[at + 4] = IndexOf(e.From);
            fields[at + 5] = IndexOf(e.To);
            fields[at + 6] = IndexOf(e.Service);
            fields[at + 7] = IndexOf(e.Security);
            fields[at + 8] = IndexOf(e.Description);
            fields[at + 9] = IndexOf(e.Source);
            fields[at + 10] = IndexOf(e.Notes);
        }

        var text = new StringBuilder();
        AppendNumber(text, CatalogDataFormat.Version);
        AppendNumber(text, strings.Count);
        foreach (var value in strings)
        {
            AppendString(text, value);
        }

        AppendNumber(text, spec.Entries.Count);
        foreach (var field in fields)
        {
            AppendNumber(text, field);
        }

        return text.ToString();
    }

    private static void AppendNumber(StringBuilder text, int number) =>
        text.Append(number.ToString(CultureInfo.InvariantCulture)).Append(CatalogDataFormat.Terminator);

    private static void AppendString(StringBuilder text, string value) =>
        text.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(CatalogDataFormat.LengthSeparator)
            .Append(value).Append(CatalogDataFormat.Terminator);
}
