using System.Globalization;
using System.Text;

namespace ExchangePorts.Generators.Emit;

/// <summary>Writes catalog text as C# string literals that give back exactly the same string at run time.</summary>
internal static class CSharpLiteral
{
    /// <summary>Appends the text of a literal's content, without the quotes.</summary>
    public static void AppendEscaped(StringBuilder builder, string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            // Most text is printable ASCII: copy such runs whole (a catalog's data is one literal of megabytes).
            var run = i;
            while (run < value.Length && value[run] is >= ' ' and <= '~' and not '"' and not '\\')
            {
                run++;
            }

            if (run > i)
            {
                builder.Append(value, i, run - i);
                i = run - 1;
                continue;
            }

            var c = value[i];
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\0': builder.Append("\\0"); break;
                case '\t': builder.Append("\\t"); break;
                case '\r': builder.Append("\\r"); break;
                case '\n': builder.Append("\\n"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        builder.Append(c).Append(value[++i]);
                    }
                    else if (MustEscape(c))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }
    }

    // Line terminators (U+0085, U+2028, U+2029) would end the literal; a lone surrogate cannot be
    // written in UTF-8; format characters (bidi overrides, BOM) would hide what the code says.
    private static bool MustEscape(char c) => CharUnicodeInfo.GetUnicodeCategory(c) is
        UnicodeCategory.Control or
        UnicodeCategory.Format or
        UnicodeCategory.LineSeparator or
        UnicodeCategory.ParagraphSeparator or
        UnicodeCategory.Surrogate or
        UnicodeCategory.OtherNotAssigned;
}
