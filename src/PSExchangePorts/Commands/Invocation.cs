using System.Collections;
using System.Linq;
using System.Management.Automation;

namespace PSExchangePorts.Commands;

/// <summary>
/// A cmdlet's call as a written file's header says what made it: <c>Export-ExchangePortFirewallRule -Role Edge -Allow
/// @{ Internet = 'Any' }</c>. Only the parameters bound, each value as PowerShell would read it back; the writers make
/// the line safe for their language.
/// </summary>
internal static class Invocation
{
    public static string Describe(InvocationInfo invocation) =>
        invocation.MyCommand.Name + string.Concat(invocation.BoundParameters.Select(p => " -" + p.Key + Value(p.Value)));

    private static string Value(object? value) => value switch
    {
        SwitchParameter on => on.IsPresent ? string.Empty : ":$false",
        Hashtable table => " @{ " + string.Join("; ", table.Cast<DictionaryEntry>().Select(e => Text(e.Key) + " = " + List(e.Value))) + " }",
        _ => " " + List(value),
    };

    private static string List(object? value) =>
        value is IEnumerable items and not string ? string.Join(", ", items.Cast<object?>().Select(Text)) : Text(value);

    private static string Text(object? value) => "'" + (value?.ToString() ?? string.Empty).Replace("'", "''") + "'";
}
