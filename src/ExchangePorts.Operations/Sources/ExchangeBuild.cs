using System.Globalization;
using System.Text.RegularExpressions;

namespace ExchangePorts.Operations.Sources;

/// <summary>
/// The shipped catalog for an Exchange server's build, as <c>Get-ExchangeServer</c> writes it in
/// <c>AdminDisplayVersion</c> (<c>Version 15.2 (Build 1544.4)</c>) or as a version number (<c>15.2.1544.4</c>).
/// Microsoft's "Exchange Server build numbers and release dates" lists them: 8 is Exchange 2007, 14 is 2010, 15.0
/// 2013, 15.1 2016, 15.2 2019, and 15.2 from build 2562 (Exchange Server SE RTM, 15.2.2562.17) Subscription Edition.
/// </summary>
internal static class ExchangeBuild
{
    private const int FirstSubscriptionEditionBuild = 2562;

    private static readonly Regex DisplayVersion = new(@"^\s*Version\s+(?<major>[0-9]{1,4})\.(?<minor>[0-9]{1,4})\s*\(Build\s+(?<build>[0-9]{1,6})(\.[0-9]{1,6})?\)\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static readonly Regex Number = new(@"^\s*(?<major>[0-9]{1,4})\.(?<minor>[0-9]{1,4})(\.(?<build>[0-9]{1,6})(\.[0-9]{1,6})?)?\s*$", RegexOptions.CultureInvariant);

    /// <summary>The catalog's <c>--exchange</c> value (<c>2019</c>), or null when the text is not a build of a version the catalogs cover.</summary>
    public static string? Catalog(string text)
    {
        var match = DisplayVersion.Match(text);
        if (!match.Success)
        {
            match = Number.Match(text);
        }

        if (!match.Success)
        {
            return null;
        }

        var major = int.Parse(match.Groups["major"].Value, CultureInfo.InvariantCulture);
        var minor = int.Parse(match.Groups["minor"].Value, CultureInfo.InvariantCulture);
        var build = match.Groups["build"].Success ? int.Parse(match.Groups["build"].Value, CultureInfo.InvariantCulture) : 0;
        return (major, minor) switch
        {
            (8, _) => "2007",
            (14, _) => "2010",
            (15, 0) => "2013",
            (15, 1) => "2016",
            (15, 2) => build >= FirstSubscriptionEditionBuild ? "SE" : "2019",
            _ => null,
        };
    }
}
