using System.Globalization;

namespace ExchangePorts.Generators.Common;

/// <summary>A diagnostic as a value, created in the pipeline and turned into the compiler's diagnostic at report time.</summary>
/// <param name="Severity">The severity it is reported with: the rule's, or lower for a lenient catalog's bad row.</param>
internal sealed record DiagnosticInfo(
    Rule Rule,
    LocationInfo? Location,
    EquatableArray<string> MessageArgs,
    RuleSeverity Severity)
{
    public static DiagnosticInfo Create(Rule rule, LocationInfo? location, params string[] messageArgs) =>
        new(rule, location, new EquatableArray<string>(messageArgs), rule.Severity);

    public string Message => Rule.Format(MessageArgs);

    /// <summary>
    /// As a build prints it: <c>my.ports.csv(2,11): error EXP1007: '70000' is not a valid port: ...</c> (line and
    /// column from 1; no position for a diagnostic about the whole file).
    /// </summary>
    public override string ToString()
    {
        var where = Location is null
            ? string.Empty
            : Location.FilePath + "(" + (Location.StartLine + 1).ToString(CultureInfo.InvariantCulture) + "," + (Location.StartCharacter + 1).ToString(CultureInfo.InvariantCulture) + "): ";
        return where + Severity.ToString().ToLowerInvariant() + " " + Rule.Id + ": " + Message;
    }
}
