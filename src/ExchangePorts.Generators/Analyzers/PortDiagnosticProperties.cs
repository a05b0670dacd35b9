namespace ExchangePorts.Generators.Analyzers;

/// <summary>
/// What the analyzer tells the code fix through <see cref="Microsoft.CodeAnalysis.Diagnostic.Properties"/>.
/// Shared with the code-fix assembly as a linked source file, so neither assembly loads the other.
/// </summary>
internal static class PortDiagnosticProperties
{
    /// <summary>
    /// The candidate constants, best first, joined by <see cref="Separator"/>; each is
    /// <c>namespace</c> <see cref="NamespaceSeparator"/> <c>Class.Group.Name</c> (the namespace empty for the global one).
    /// </summary>
    public const string Candidates = nameof(Candidates);

    /// <summary>The display names of the candidates (<c>ExchangePorts.HubToEdge.Smtp</c>), in the same order.</summary>
    public const string DisplayNames = nameof(DisplayNames);

    /// <summary>For a port inside a string: where its digits start within the literal's text.</summary>
    public const string PortOffset = nameof(PortOffset);

    /// <summary>For a port inside a string: how many digits it has.</summary>
    public const string PortLength = nameof(PortLength);

    public const char Separator = ';';

    public const char NamespaceSeparator = '|';
}
