using System.Globalization;
using System.Text;

using ExchangePorts.Operations.Planning;

namespace ExchangePorts.Operations.Writers;

/// <summary>
/// Text in an nftables file that <c>nft -f</c> loads. Only comments carry free text: nft's scanner ends a comment at
/// a line feed, and <see cref="VisibleText"/> leaves no line end or control character in it.
/// </summary>
internal static class NftText
{
    /// <summary>A comment line.</summary>
    public static string Comment(string text) => "# " + VisibleText.Escape(text);

    /// <summary>
    /// A table or chain name from any text: nft's names are a letter, then letters, digits and <c>_</c>, at most 255
    /// bytes. Lower-case ASCII letters and digits are kept; anything else is written <c>_xHHHH_</c>.
    /// </summary>
    public static string Name(string prefix, string text, string suffix)
    {
        var builder = new StringBuilder(prefix);
        foreach (var c in text)
        {
            var lower = char.ToLowerInvariant(c);
            if (lower is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                builder.Append(lower);
            }
            else
            {
                builder.Append("_x").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)).Append('_');
            }
        }

        var name = builder.Append(suffix).ToString();
        return name.Length <= 255 ? name : name.Substring(0, 240) + "_" + StableHash.Of(name);
    }
}
