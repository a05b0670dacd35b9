using ExchangePorts.Generators.Common;

namespace ExchangePorts.Generators.Model;

/// <summary>A data path: the nested class that holds its entries' constants.</summary>
/// <param name="Name">The group's C# identifier.</param>
/// <param name="EntryIndexes">Indexes into <see cref="CatalogSpec.Entries"/>, in catalog order.</param>
internal sealed record GroupSpec(string Name, EquatableArray<int> EntryIndexes);
