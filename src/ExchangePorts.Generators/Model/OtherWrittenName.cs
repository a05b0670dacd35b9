namespace ExchangePorts.Generators.Model;

/// <summary>
/// Another name a catalog writes for an entry: a row merged into it under the same identifier and ports
/// (IANA's <c>z39.50</c> beside <c>z39-50</c>). <c>TryGet</c> finds the entry by it too.
/// </summary>
/// <param name="Entry">The index of the entry in <see cref="CatalogSpec.Entries"/>.</param>
/// <param name="Name">The name as the row writes it, trimmed.</param>
internal sealed record OtherWrittenName(int Entry, string Name);
