using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ExchangePorts.Operations.Tests.Documentation;

/// <summary>
/// The anchor GitHub gives a heading: its text in lower case, every character other than a letter, a mark, a digit,
/// a connector (<c>_</c>), a space or <c>-</c> removed, and each space made <c>-</c>. A heading whose anchor is taken
/// gets <c>-1</c>, <c>-2</c> and so on.
/// </summary>
internal sealed class HeadingSlug
{
    private readonly Dictionary<string, int> _seen = [];

    /// <summary>The anchor of the next heading of a page, in order.</summary>
    public string Next(string headingText)
    {
        var slug = Of(headingText);
        if (_seen.TryGetValue(slug, out var count))
        {
            _seen[slug] = count + 1;
            return slug + "-" + count.ToString(CultureInfo.InvariantCulture);
        }

        _seen[slug] = 1;
        return slug;
    }

    /// <summary>The anchor of one heading's text, without the numbering of duplicates.</summary>
    public static string Of(string headingText)
    {
        var slug = new StringBuilder(headingText.Length);
        foreach (var character in headingText.ToLowerInvariant())
        {
            var category = char.GetUnicodeCategory(character);
            if (character == ' ')
            {
                slug.Append('-');
            }
            else if (character == '-' || char.IsLetterOrDigit(character) || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark or UnicodeCategory.ConnectorPunctuation or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber)
            {
                slug.Append(character);
            }
        }

        return slug.ToString();
    }
}
