using System.Text;

namespace ExchangePorts.Generators.Emit;

/// <summary>
/// Writes integers in invariant ASCII digits straight into a builder. <c>StringBuilder.Append(int)</c>
/// formats with the current culture, and <c>ToString(CultureInfo.InvariantCulture)</c> allocates a string
/// per number, of which the data of a large catalog has hundreds of thousands.
/// </summary>
internal static class InvariantNumber
{
    public static void Append(StringBuilder builder, int number)
    {
        if (number < 0)
        {
            builder.Append('-');
            if (number == int.MinValue)
            {
                builder.Append("2147483648");
                return;
            }

            number = -number;
        }

        AppendDigits(builder, number);
    }

    // Division by the constant 10 compiles to a multiplication; a division by a variable power of ten
    // does not, and the data of a large catalog has hundreds of thousands of numbers.
    private static void AppendDigits(StringBuilder builder, int number)
    {
        if (number >= 10)
        {
            AppendDigits(builder, number / 10);
        }

        builder.Append((char)('0' + (number % 10)));
    }
}
