using Microsoft.CodeAnalysis;

namespace ExchangePorts.Generators.Analyzers;

/// <summary>One catalog constant as the analyzer knows it.</summary>
/// <param name="Namespace">The catalog class's namespace, empty for the global namespace.</param>
/// <param name="CodeName">The constant as code writes it once its namespace is imported, e.g. <c>ExchangePorts.HubToEdge.Smtp</c>.</param>
/// <param name="DisplayName">The name a person reads, e.g. <c>ExchangePorts.HubToEdge.Smtp</c>.</param>
/// <param name="Description">Route and service, e.g. <c>Hub Transport server → Edge Transport server, SMTP</c>.</param>
/// <param name="Order">The constant's place among all catalogs, to break ties the same way every time.</param>
internal sealed record PortConstant(IFieldSymbol Field, string Namespace, string CodeName, string DisplayName, string Description, int Order)
{
    public string Group => Field.ContainingType.Name;
}
