using System.Collections.Generic;
using System.Text;
using ExchangePorts.Generators.Data;
using ExchangePorts.Generators.Model;

namespace ExchangePorts.Generators.Emit;

/// <summary>Writes a catalog's entries as <see cref="CatalogDataFormat"/> text; each distinct string once.</summary>
internal static class CatalogDataWriter
{
    /// <summary>
    /// Appends the data as a C# string literal, quotes included. Written straight into the output: the data
    /// of a large catalog is megabytes, and a string of it and then of its literal would copy it twice.
    /// </summary>
    public static void AppendLiteral(StringBuilder text, CatalogSpec spec)
    {
        // Sized for a few distinct strings per entry (names, notes), so a large catalog does not rehash.
        var capacity = spec.Groups.Count + (spec.Entries.Count * 3);
        var strings = new List<string>(capacity);
        var indexes = new Dictionary<string, int>(capacity, System.StringComparer.Ordinal);
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
            IndexOf(spec.Groups[g].Name);
            foreach (var entry in spec.Groups[g].EntryIndexes)
            {
                groupOfEntry[entry] = g;
            }
        }

        var fields = new int[spec.Entries.Count * EntryFields.Count];
        for (var i = 0; i < spec.Entries.Count; i++)
        {
            var at = i * EntryFields.Count;
            for (var f = 0; f < EntryFields.Count; f++)
            {
                fields[at + f] = (EntryField)f == EntryField.Group ? groupOfEntry[i] : EntryFields.Write(spec.Entries[i], (EntryField)f, IndexOf);
            }
        }

        var otherNames = new int[spec.OtherWrittenNames.Count];
        for (var i = 0; i < otherNames.Length; i++)
        {
            otherNames[i] = IndexOf(spec.OtherWrittenNames[i].Name);
        }

        text.Append('"');
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

        AppendNumber(text, otherNames.Length);
        for (var i = 0; i < otherNames.Length; i++)
        {
            AppendNumber(text, spec.OtherWrittenNames[i].Entry);
            AppendNumber(text, otherNames[i]);
        }

        text.Append('"');
    }

    private static void AppendNumber(StringBuilder text, int number)
    {
        InvariantNumber.Append(text, number);
        text.Append(CatalogDataFormat.Terminator);
    }

    private static void AppendString(StringBuilder text, string value)
    {
        InvariantNumber.Append(text, value.Length);
        text.Append(CatalogDataFormat.LengthSeparator);
        CSharpLiteral.AppendEscaped(text, value);
        text.Append(CatalogDataFormat.Terminator);
    }
}
