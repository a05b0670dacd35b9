using ExchangePorts.Build.Tests;
using Xunit;

namespace ExchangePorts.Build.Tests.Infrastructure;

/// <summary>
/// Tests that run the real dotnet CLI share this collection, so they run one at a time, and share the
/// packages packed once for the run.
/// </summary>
[CollectionDefinition(Collection)]
public sealed class DotnetCli : ICollectionFixture<PackedPackage>
{
    public const string Collection = "dotnet CLI";
}
