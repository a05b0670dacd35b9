namespace ExchangePorts.Generators.Model;

/// <summary>Whether a referenced assembly already gives the compilation <c>PortDefinition</c> and <c>PortTransport</c>.</summary>
internal enum EntryTypesInReferences
{
    /// <summary>None, or several that would be ambiguous: the compilation gets its own copies.</summary>
    None,

    /// <summary>One public set (ExchangePorts.Runtime, or a library with a public catalog): every catalog uses it.</summary>
    Public,

    /// <summary>One internal set seen through InternalsVisibleTo: internal catalogs use it, a public one cannot.</summary>
    Internal,
}
