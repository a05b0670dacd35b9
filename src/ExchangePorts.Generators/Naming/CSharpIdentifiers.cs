using System.Collections.Generic;
using System.Globalization;

namespace ExchangePorts.Generators.Naming;

/// <summary>
/// What C# takes as an identifier, by the language specification's character classes (as the compiler's
/// <c>SyntaxFacts</c> decides them), and its reserved keywords. The catalog reader needs them to name entries, and
/// builds without the compiler, in the operations library too; a test holds these to the compiler's answers for
/// every character and keyword.
/// </summary>
internal static class CSharpIdentifiers
{
    /// <summary>C#'s reserved keywords (not the contextual ones, such as <c>var</c>, which may name things).</summary>
    public static readonly IReadOnlyCollection<string> Keywords = new HashSet<string>(System.StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue", "decimal",
        "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally", "fixed", "float", "for",
        "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock", "long", "namespace", "new", "null", "object",
        "operator", "out", "override", "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short",
        "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked",
        "unsafe", "ushort", "using", "virtual", "void", "volatile", "while", "__arglist", "__makeref", "__reftype", "__refvalue",
    };

    /// <summary>A letter (Lu, Ll, Lt, Lm, Lo, Nl) or <c>_</c>.</summary>
    public static bool IsStartCharacter(char c) =>
        c < 0x80 ? c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '_' : IsLetter(CharUnicodeInfo.GetUnicodeCategory(c));

    /// <summary>A letter, a decimal digit (Nd), a connector (Pc), a combining mark (Mn, Mc) or a format character (Cf).</summary>
    public static bool IsPartCharacter(char c)
    {
        if (c < 0x80)
        {
            return c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_';
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return IsLetter(category) || category is UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.Format;
    }

    /// <summary>A start character followed by part characters.</summary>
    public static bool IsValid(string name)
    {
        if (name.Length == 0 || !IsStartCharacter(name[0]))
        {
            return false;
        }

        for (var i = 1; i < name.Length; i++)
        {
            if (!IsPartCharacter(name[i]))
            {
                return false;
            }
        }

        return true;
    }

    public static bool IsKeyword(string name) => ((HashSet<string>)Keywords).Contains(name);

    private static bool IsLetter(UnicodeCategory category) => category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
        or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber;
}
