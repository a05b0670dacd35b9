using System.Text;

namespace ExchangePorts.Generators.Model;

/// <summary>
/// The roles at one end of a data path as catalogs write them: short keys (<c>Mailbox</c>, <c>Edge</c>,
/// <c>DomainController</c>), several joined by <c>/</c> or <c>+</c> (<c>Mailbox/Edge</c>). Entries carry
/// them joined by <see cref="Separator"/>.
/// </summary>
internal static class RoleText
{
    public const char Separator = '/';

    private static readonly char[] Separators = [Separator, '+'];

    /// <summary>The keys, trimmed, joined by <see cref="Separator"/>; or why the text is not a list of keys.</summary>
    public static bool TryNormalize(string value, out string roles, out string problem)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var part in value.Split(Separators))
        {
            var key = part.Trim();
            if (key.Length == 0)
            {
                (roles, problem) = (string.Empty, "a role between two separators is empty");
                return false;
            }

            if (!IsKey(key))
            {
                (roles, problem) = (string.Empty, "'" + key + "' is not a role key (a letter, then letters or digits)");
                return false;
            }

            builder.Append(builder.Length == 0 ? string.Empty : Separator.ToString()).Append(key);
        }

        (roles, problem) = (builder.ToString(), string.Empty);
        return true;
    }

    private static bool IsKey(string key)
    {
        if (!IsAsciiLetter(key[0]))
        {
            return false;
        }

        foreach (var c in key)
        {
            if (!IsAsciiLetter(c) && c is not (>= '0' and <= '9'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAsciiLetter(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z');
}
