namespace ExchangePorts.Operations.Errors;

/// <summary>
/// How a front end names the values it hands the library, so that a message names what the user typed: <c>--role</c>
/// on the command line, <c>-Role</c> in PowerShell.
/// </summary>
/// <param name="AllowSyntax">How a peer's addresses are given.</param>
/// <param name="AllowExample">An example of <paramref name="AllowSyntax"/> for the peer <c>{0}</c>.</param>
internal sealed record ParameterNames(
    string Exchange,
    string Catalog,
    string Role,
    string From,
    string To,
    string Host,
    string Topology,
    string Allow,
    string AllowAny,
    string AllowSyntax,
    string AllowExample)
{
    /// <summary>The options of <c>exchange-ports</c>.</summary>
    public static readonly ParameterNames CommandLine = new("--exchange", "--catalog", "--role", "--from", "--to", "--host", "--topology", "--allow", "--allow-any", "--allow ROLE=ADDRESSES", "--allow {0}=10.1.0.0/24, or =Any");

    /// <summary>The parameters of the PSExchangePorts cmdlets.</summary>
    public static readonly ParameterNames PowerShell = new("-Version", "-Path", "-Role", "-From", "-To", "-ComputerName", "-Topology", "-Allow", "-AllowAny", "-Allow @{ ROLE = 'ADDRESSES' }", "-Allow @{{ {0} = '10.1.0.0/24' }}, or 'Any'");
}
