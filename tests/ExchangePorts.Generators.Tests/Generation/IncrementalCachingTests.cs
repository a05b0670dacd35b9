using System;
using System.Collections.Generic;
using System.Linq;
using ExchangePorts.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ExchangePorts.Generators.Tests.Generation;

/// <summary>
/// The generator runs on every keystroke: an edit that cannot change a catalog's output must not redo its work.
/// </summary>
public class IncrementalCachingTests
{
    private const string OtherCsv = "group,name,port,transport\nWeb,Https,443,tcp\n";

    private static readonly string[] TrackingNames = [.. GeneratorHarness.GeneratorStepNames];

    private readonly AdditionalText _exchange = new TestAdditionalText(RepositoryPaths.ExchangeCatalog, RepositoryPaths.ExchangeCatalogFile().Text);
    private readonly AdditionalText _other = new TestAdditionalText("/p/other.ports.csv", OtherCsv);

    private (GeneratorDriver Driver, Compilation Compilation) FirstRun()
    {
        var driver = GeneratorHarness.CreateDriver([_exchange, _other], TestOptionsProvider.Empty, trackSteps: true);
        var compilation = GeneratorHarness.CreateCompilation("class A { }");
        return (driver.RunGenerators(compilation), compilation);
    }

    private static GeneratorRunResult Result(GeneratorDriver driver) => driver.GetRunResult().Results.Single();

    [Fact]
    public void Every_tracking_name_is_a_step_of_the_pipeline()
    {
        // Otherwise the caching assertions below would pass on steps that never ran.
        var (driver, _) = FirstRun();
        Assert.NotEmpty(TrackingNames);
        Assert.All(TrackingNames, name => Assert.Contains(name, Result(driver).TrackedSteps.Keys));
    }

    [Fact]
    public void An_unrelated_source_edit_leaves_every_step_and_output_cached()
    {
        var (driver, compilation) = FirstRun();
        driver = driver.RunGenerators(compilation.AddSyntaxTrees(
            CSharpSyntaxTree.ParseText("class B { }", GeneratorHarness.ParseOptions)));

        var result = Result(driver);
        foreach (var name in TrackingNames)
        {
            AssertAll(result.TrackedSteps[name], IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
        }

        AssertAll(result.TrackedOutputSteps.SelectMany(s => s.Value), IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
    }

    [Fact]
    public void Editing_one_catalog_leaves_the_other_catalog_cached()
    {
        var (driver, compilation) = FirstRun();
        var edited = new TestAdditionalText("/p/other.ports.csv", OtherCsv + "Web,Http,80,tcp\n");
        driver = driver.ReplaceAdditionalText(_other, edited).RunGenerators(compilation);

        var parse = Result(driver).TrackedSteps[global::ExchangePorts.Generators.TrackingNames.ParseResults];
        var reasons = parse.SelectMany(step => step.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal([IncrementalStepRunReason.Cached, IncrementalStepRunReason.Modified], reasons);

        var emitted = Result(driver).TrackedSteps[global::ExchangePorts.Generators.TrackingNames.EmitModels]
            .SelectMany(step => step.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal([IncrementalStepRunReason.Unchanged, IncrementalStepRunReason.Modified], emitted);
    }

    [Fact]
    public void A_whitespace_only_edit_of_a_catalog_reparses_but_emits_nothing_new()
    {
        var (driver, compilation) = FirstRun();
        var edited = new TestAdditionalText("/p/other.ports.csv", "group, name, port, transport\r\n\r\nWeb ,  Https,443 , tcp\r\n\n");
        driver = driver.ReplaceAdditionalText(_other, edited).RunGenerators(compilation);

        var result = Result(driver);
        Assert.Contains(
            IncrementalStepRunReason.Unchanged,
            result.TrackedSteps[global::ExchangePorts.Generators.TrackingNames.ParseResults].SelectMany(s => s.Outputs).Select(o => o.Reason));
        AssertAll(result.TrackedOutputSteps.SelectMany(s => s.Value), IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
    }

    [Fact]
    public void A_whitespace_only_edit_of_a_JSON_catalog_reparses_but_emits_nothing_new()
    {
        var json = new TestAdditionalText("/p/web.ports.json", "[{\"group\":\"Web\",\"name\":\"Https\",\"port\":443,\"transport\":\"tcp\"}]");
        var driver = GeneratorHarness.CreateDriver([json], TestOptionsProvider.Empty, trackSteps: true);
        var compilation = GeneratorHarness.CreateCompilation("class A { }");
        driver = driver.RunGenerators(compilation);
        var edited = new TestAdditionalText("/p/web.ports.json", "[\n  {\n    \"group\": \"Web\",\n    \"name\": \"Https\",\n    \"port\": 443,\n    \"transport\": \"tcp\"\n  }\n]\n");
        driver = driver.ReplaceAdditionalText(json, edited).RunGenerators(compilation);

        var result = Result(driver);
        Assert.Equal(
            [IncrementalStepRunReason.Unchanged],
            result.TrackedSteps[global::ExchangePorts.Generators.TrackingNames.ParseResults].SelectMany(s => s.Outputs).Select(o => o.Reason));
        AssertAll(result.TrackedOutputSteps.SelectMany(s => s.Value), IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
    }

    [Fact]
    public void Pipeline_models_hold_no_symbols_syntax_locations_or_compilations()
    {
        var (driver, _) = FirstRun();
        var forbidden = new[] { typeof(ISymbol), typeof(SyntaxNode), typeof(Location), typeof(Compilation), typeof(SemanticModel), typeof(SyntaxTree) };
        var result = Result(driver);
        var values = result.TrackedSteps
            .Where(step => TrackingNames.Contains(step.Key))
            .SelectMany(step => step.Value)
            .SelectMany(run => run.Outputs)
            .Select(output => output.Value)
            .ToList();
        Assert.NotEmpty(values);
        foreach (var value in values)
        {
            ObjectGraph.AssertContainsNone(value, forbidden);
        }
    }

    [Fact]
    public void The_object_graph_walk_finds_a_forbidden_type()
    {
        // The walk itself must be able to fail, or the test above proves nothing.
        var holder = new List<object> { new[] { (object)Location.None } };
        Assert.ThrowsAny<Exception>(() => ObjectGraph.AssertContainsNone(holder, [typeof(Location)]));
    }

    private static void AssertAll(IEnumerable<IncrementalGeneratorRunStep> steps, params IncrementalStepRunReason[] allowed)
    {
        var outputs = steps.SelectMany(step => step.Outputs).ToList();
        Assert.All(outputs, output => Assert.Contains(output.Reason, allowed));
    }
}
