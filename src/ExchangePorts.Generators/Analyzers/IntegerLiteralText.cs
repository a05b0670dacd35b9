namespace ExchangePorts.Generators.Analyzers;

/// <summary>
/// Reads a C# integer literal's value from its text (<c>25</c>, <c>25L</c>, <c>2_5</c>, <c>0x19</c>,
/// <c>0b1_1001</c>) without allocating: the compiler's own value for it is boxed anew on every read,
/// and every literal of a code base passes here.
/// </summary>
internal static class IntegerLiteralText
{
    /// <summary>The value when it is an integer literal from 1 to 65535; false for anything else, reals included.</summary>
    public static bool TryParsePort(string text, out int port)
    {
        port = 0;
        var radix = 10;
        var start = 0;
        if (text.Length > 2 && text[0] == '0' && text[1] is 'x' or 'X' or 'b' or 'B')
        {
            radix = text[1] is 'x' or 'X' ? 16 : 2;
            start = 2;
        }

        var end = text.Length;
        while (end > start && text[end - 1] is 'u' or 'U' or 'l' or 'L')
        {
            end--;
        }

        if (end - start > 24)
        {
            return false;
        }

        var digits = 0;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c == '_')
            {
                continue;
            }

            var digit = DigitValue(c);
            if (digit < 0 || digit >= radix)
            {
                return false;
            }

            port = (port * radix) + digit;
            digits++;
            if (port > 65535)
            {
                return false;
            }
        }

        return digits > 0 && port > 0;
    }

    private static int DigitValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };
}
