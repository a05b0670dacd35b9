using Xunit;

namespace ExchangePorts.Generators.Tests.Infrastructure;

/// <summary>Tests that run the real dotnet CLI share this collection, so they run one at a time.</summary>
[CollectionDefinition(Collection)]
public sealed class DotnetCli
{
    public const string Collection = "dotnet CLI";
}
