using ExchangePorts.Generators.Common;

namespace ExchangePorts.Generators.Diagnostics;

/// <summary>The rules of the hardcoded-port analyzer.</summary>
internal static class AnalyzerDiagnostics
{
    private const string Category = "ExchangePorts.Usage";

    public static readonly Rule HardcodedPort = new(
        RuleIds.HardcodedPort,
        "Use the catalog constant for a hardcoded port",
        "Port {0} is {1}; use the constant",
        Category,
        RuleSeverity.Warning,
        "An integer used as a port equals a port of a generated catalog. The constant says which data path is meant and is found by Find All References.");

    public static readonly Rule HardcodedPortInString = new(
        RuleIds.HardcodedPortInString,
        "Use the catalog constant for a port written in an address",
        "Port {0} in this address is {1}; use the constant",
        Category,
        RuleSeverity.Warning,
        "A URI or host:port string names a port of a generated catalog. Interpolating the constant says which data path is meant.");
}
