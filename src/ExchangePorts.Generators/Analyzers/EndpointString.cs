namespace ExchangePorts.Generators.Analyzers;

/// <summary>
/// Finds the port in a string that is an address: a URI with an authority (<c>ldap://dc01:389/</c>)
/// or a plain <c>host:port</c> (<c>edge01.contoso.com:25</c>, <c>10.0.0.5:587</c>, <c>[::1]:25</c>).
/// Returns nothing for other strings, such as times (<c>12:30</c>) or paths (<c>C:\temp</c>).
/// </summary>
internal static class EndpointString
{
    /// <summary>Where the port's digits are in <paramref name="text"/>, or false. Allocates nothing.</summary>
    public static bool TryFindPort(string text, out int port, out int start, out int length)
    {
        port = start = length = 0;
        var authority = text.IndexOf("://", System.StringComparison.Ordinal);
        var hostStart = authority >= 0 ? authority + 3 : 0;
        if (authority > 0 && !IsScheme(text, authority))
        {
            return false;
        }

        // user:password@ comes before the host.
        var at = text.IndexOf('@', hostStart);
        var firstEnd = IndexOfAny(text, hostStart);
        if (at >= 0 && at < firstEnd)
        {
            hostStart = at + 1;
        }

        var colon = FindPortColon(text, hostStart);
        if (colon < 0 || !IsHost(text, hostStart, colon))
        {
            return false;
        }

        var digitsStart = colon + 1;
        var end = digitsStart;
        while (end < text.Length && end - digitsStart < 6 && text[end] is >= '0' and <= '9')
        {
            port = (port * 10) + (text[end] - '0');
            end++;
        }

        var digits = end - digitsStart;
        var afterPort = end == text.Length || text[end] is '/' or '?' or '#';
        var plainHostPort = authority < 0 && end == text.Length;
        if (digits is 0 or > 5 || port is < 1 or > 65535 || !afterPort || (authority < 0 && !plainHostPort))
        {
            return false;
        }

        start = digitsStart;
        length = digits;
        return true;
    }

    /// <summary>
    /// The port in the tail of an address built by concatenation, <c>host + ":3268"</c> or
    /// <c>":50636/"</c>: a colon, the digits, then nothing or a path.
    /// </summary>
    public static bool TryFindPortSuffix(string text, out int port, out int start, out int length)
    {
        port = start = length = 0;
        if (text.Length < 2 || text[0] != ':')
        {
            return false;
        }

        var end = 1;
        while (end < text.Length && end < 7 && text[end] is >= '0' and <= '9')
        {
            port = (port * 10) + (text[end] - '0');
            end++;
        }

        if (end == 1 || end > 6 || port is < 1 or > 65535 || (end < text.Length && text[end] != '/'))
        {
            return false;
        }

        start = 1;
        length = end - 1;
        return true;
    }

    private static int FindPortColon(string text, int hostStart)
    {
        if (hostStart < text.Length && text[hostStart] == '[')
        {
            var close = text.IndexOf(']', hostStart);
            return close > 0 && close + 1 < text.Length && text[close + 1] == ':' ? close + 1 : -1;
        }

        var end = IndexOfAny(text, hostStart);
        var colon = text.IndexOf(':', hostStart);
        return colon >= 0 && colon < end ? colon : -1;
    }

    private static int IndexOfAny(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (text[i] is '/' or '?' or '#')
            {
                return i;
            }
        }

        return text.Length;
    }

    /// <summary>A DNS name with at least one letter, a dotted IPv4 address, or a bracketed IPv6 address.</summary>
    private static bool IsHost(string text, int start, int end)
    {
        if (end <= start)
        {
            return false;
        }

        if (text[start] == '[')
        {
            return text[end - 1] == ']' && end - start > 2;
        }

        var letters = false;
        var dots = 0;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c == '.')
            {
                dots++;
            }
            else if (char.IsLetter(c))
            {
                letters = true;
            }
            else if (!(c is >= '0' and <= '9' || c == '-' || c == '_'))
            {
                return false;
            }
        }

        return letters || dots == 3;
    }

    private static bool IsScheme(string text, int end)
    {
        if (!char.IsLetter(text[0]))
        {
            return false;
        }

        for (var i = 1; i < end; i++)
        {
            if (!(char.IsLetterOrDigit(text[i]) || text[i] is '+' or '-' or '.'))
            {
                return false;
            }
        }

        return true;
    }
}
