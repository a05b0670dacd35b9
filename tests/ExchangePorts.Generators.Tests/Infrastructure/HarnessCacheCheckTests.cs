using Xunit;
using Xunit.Sdk;

namespace ExchangePorts.Generators.Tests.Infrastructure;

/// <summary>The check every generator test makes on its second run can fail.</summary>
public class HarnessCacheCheckTests
{
    [Fact]
    public void A_first_run_is_not_cached_and_the_check_says_so()
    {
        var driver = GeneratorHarness.CreateDriver([RepositoryPaths.ExchangeCatalogFile()], trackSteps: true)
            .RunGenerators(GeneratorHarness.CreateCompilation("class A { }"));

        var failure = Assert.Throws<TrueException>(() => GeneratorHarness.AssertCached(driver.GetRunResult()));
        Assert.StartsWith("A second run on the same inputs recomputed: ", failure.Message);
        Assert.Contains("ParseResults: New", failure.Message);
    }
}
