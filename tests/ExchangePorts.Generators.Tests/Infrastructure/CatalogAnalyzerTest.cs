using System;
using System.Collections.Generic;
using System.IO;
using Basic.Reference.Assemblies;
using ExchangePorts.CodeFixes;
using ExchangePorts.Generators.Analyzers;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace ExchangePorts.Generators.Tests.Infrastructure;

/// <summary>
/// Shared setup for analyzer and code-fix tests: the generator runs on the Exchange catalog inside the
/// test compilation, as it does in a user's build; references come from Basic.Reference.Assemblies, so
/// nothing is downloaded while tests run.
/// </summary>
internal static class CatalogTestSetup
{
    public static readonly string ExchangeCatalog = File.ReadAllText(RepositoryPaths.ExchangeCatalog);

    public static void Apply(SolutionState state, TestBehaviorsHolder behaviors)
    {
        state.AdditionalReferences.AddRange(Net100.References.All);
        state.AdditionalFiles.Add(("/catalog/exchange.ports.csv", ExchangeCatalog));
        behaviors.Value |= TestBehaviors.SkipGeneratedSourcesCheck;
    }

    public static readonly ReferenceAssemblies NoDownload = new("net10.0");

    public static readonly Type[] Generators = [typeof(PortCatalogGenerator)];
}

/// <summary>Lets the setup above add to a test's behaviors.</summary>
internal sealed class TestBehaviorsHolder(TestBehaviors value)
{
    public TestBehaviors Value { get; set; } = value;
}

internal sealed class CatalogAnalyzerTest : CSharpAnalyzerTest<HardcodedPortAnalyzer, DefaultVerifier>
{
    public CatalogAnalyzerTest()
    {
        ReferenceAssemblies = CatalogTestSetup.NoDownload;
        var behaviors = new TestBehaviorsHolder(TestBehaviors);
        CatalogTestSetup.Apply(TestState, behaviors);
        TestBehaviors = behaviors.Value;
    }

    protected override IEnumerable<Type> GetSourceGenerators() => CatalogTestSetup.Generators;
}

internal sealed class CatalogCodeFixTest : CSharpCodeFixTest<HardcodedPortAnalyzer, UseCatalogConstantCodeFix, DefaultVerifier>
{
    public CatalogCodeFixTest()
    {
        ReferenceAssemblies = CatalogTestSetup.NoDownload;
        var behaviors = new TestBehaviorsHolder(TestBehaviors);
        CatalogTestSetup.Apply(TestState, behaviors);
        CatalogTestSetup.Apply(FixedState, behaviors);
        TestBehaviors = behaviors.Value;
    }

    protected override IEnumerable<Type> GetSourceGenerators() => CatalogTestSetup.Generators;
}
