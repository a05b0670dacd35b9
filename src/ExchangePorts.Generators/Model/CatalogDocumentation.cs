namespace ExchangePorts.Generators.Model;

/// <summary>How much a catalog's doc comments say (the <c>Documentation</c> option).</summary>
internal enum CatalogDocumentation
{
    /// <summary>Everything the row has: port, service, route, security, description, notes, source; group summaries list their ports.</summary>
    Full,

    /// <summary>
    /// One line per member: port, service, route, security and description. For registry-sized catalogs:
    /// an editor that analyzes the whole project reads every doc comment, and the full ones are a tenth to
    /// a third of the time a 6,000-entry catalog adds (docs/benchmarks.md).
    /// </summary>
    Brief,
}
