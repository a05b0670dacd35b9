using System.Globalization;
using System.Text;

namespace ExchangePorts.Generators.Naming;

/// <summary>Turns catalog text (<c>hub-to-edge</c>, <c>ldap gc</c>, <c>ms-sql-s</c>) into C# identifiers (<c>HubToEdge</c>, <c>LdapGc</c>, <c>MsSqlS</c>).</summary>
internal static class IdentifierNaming
{
    /// <summary>Put before a name that would start with a digit: <c>3com-tsmux</c> → <c>_3comTsmux</c>.</summary>
    public const string LeadingDigitPrefix = "_";

    /// <summary>
    /// The longest name a catalog may give, in UTF-8 bytes: C# refuses a name of more than 1,024 in an assembly
    /// (CS7013), and the generator may add a port and a counter to an entry's name.
    /// </summary>
    public const int MaxUtf8Length = 500;

    /// <summary>Why a name is too long for an assembly, or null.</summary>
    public static string? LengthProblem(string identifier)
    {
        var bytes = Encoding.UTF8.GetByteCount(identifier);
        return bytes <= MaxUtf8Length
            ? null
            : "it is " + bytes.ToString(CultureInfo.InvariantCulture) + " bytes long in UTF-8; a name may be at most " + MaxUtf8Length.ToString(CultureInfo.InvariantCulture) + " (C# refuses longer ones in an assembly)";
    }

    /// <summary>
    /// Every value becomes PascalCase, so that no generated class has a lowercase name (CS8981) and one
    /// catalog reads alike whatever its source wrote: <c>smtp</c> → <c>Smtp</c>, <c>rsvp_tunnel</c> →
    /// <c>RsvpTunnel</c>; a value that is PascalCase already (<c>HubToEdge</c>) is kept. A leading digit
    /// gets <see cref="LeadingDigitPrefix"/>. The result is never a keyword (keywords are lower case), so it is
    /// written in code as it is, with no <c>@</c>.
    /// </summary>
    /// <param name="reason">Why the value cannot become an identifier, when it cannot.</param>
    public static bool TryCreate(string value, out string identifier, out string reason)
    {
        var candidate = ToPascalCase(RemoveFormattingCharacters(value.Trim()));
        if (candidate.Length > 0 && candidate[0] is >= '0' and <= '9')
        {
            candidate = LeadingDigitPrefix + candidate;
        }

        if (candidate.Length == 0)
        {
            identifier = string.Empty;
            reason = value.Trim().Length == 0
                ? "it is empty"
                : "it has no letters or digits";
            return false;
        }

        if (!CSharpIdentifiers.IsStartCharacter(candidate[0]))
        {
            identifier = string.Empty;
            reason = "it must start with a letter or '_', not '" + candidate[0] + "'";
            return false;
        }

        if (LengthProblem(candidate) is { } tooLong)
        {
            identifier = string.Empty;
            reason = tooLong;
            return false;
        }

        identifier = candidate;
        reason = string.Empty;
        return true;
    }

    /// <summary>
    /// Splits on every character that cannot be part of an identifier, and on '_', and capitalizes each
    /// word: <c>acme-web</c> → <c>AcmeWeb</c>. The rest of each word is kept, so <c>SMTP relay</c> → <c>SMTPRelay</c>.
    /// </summary>
    public static string ToPascalCase(string value)
    {
        var builder = new StringBuilder(value.Length);
        var startOfWord = true;
        foreach (var c in value)
        {
            if (c == '_' || !CSharpIdentifiers.IsPartCharacter(c) || IsFormattingCharacter(c))
            {
                startOfWord = true;
                continue;
            }

            builder.Append(startOfWord ? char.ToUpperInvariant(c) : c);
            startOfWord = false;
        }

        return builder.ToString();
    }

    /// <summary>
    /// The compiler ignores formatting characters (such as U+200B) when it compares identifiers, so two
    /// names that differ only by them would collide in C# while looking distinct here: drop them.
    /// </summary>
    public static string RemoveFormattingCharacters(string value)
    {
        foreach (var c in value)
        {
            if (IsFormattingCharacter(c))
            {
                var builder = new StringBuilder(value.Length);
                foreach (var d in value)
                {
                    if (!IsFormattingCharacter(d))
                    {
                        builder.Append(d);
                    }
                }

                return builder.ToString();
            }
        }

        return value;
    }

    private static bool IsFormattingCharacter(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;
}
