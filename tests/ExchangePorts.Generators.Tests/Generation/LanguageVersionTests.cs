using System.Collections.Generic;
using System.Linq;
using ExchangePorts.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ExchangePorts.Generators.Tests.Generation;

/// <summary>
/// Generated code compiles in every consumer: C# 7.3 (the default of netstandard2.0 and .NET Framework
/// projects) to the latest, nullable on or off, documentation checked, warnings as errors.
/// </summary>
public class LanguageVersionTests
{
    // Uses the whole API the way C# 7.3 can: no nullable syntax, no newer features.
    private const string Consumer = """
        using System.Collections.Generic;

        /// <summary>Application code.</summary>
        public static class Probe
        {
            /// <summary>Every lookup.</summary>
            public static int Use()
            {
                var found = ExchangePorts.TryGet("HubToEdge.Smtp", out var definition) ? definition.Port : 0;
                var all = new List<PortCatalog.PortDefinition>(ExchangePorts.All);
                all.AddRange(Acme.AcmeWebPorts.Find(389));
                return found + all.Count + ExchangePorts.Find(135).Count + Acme.AcmeWebPorts.HubToEdge.Smtp;
            }
        }
        """;

    public static IEnumerable<object[]> Consumers() =>
        from version in new[] { LanguageVersion.CSharp7_3, LanguageVersion.CSharp8, LanguageVersion.CSharp9, LanguageVersion.CSharp12, LanguageVersion.Latest }
        from nullable in new[] { NullableContextOptions.Disable, NullableContextOptions.Enable }
        where version >= LanguageVersion.CSharp8 || nullable == NullableContextOptions.Disable
        from visibility in new[] { "public", "internal" }
        select new object[] { version.ToDisplayString(), nullable.ToString(), visibility };

    [Theory]
    [MemberData(nameof(Consumers))]
    public void Generated_code_compiles_clean(string languageVersion, string nullable, string visibility)
    {
        Assert.True(LanguageVersionFacts.TryParse(languageVersion, out var version));
        // As in a .NET project, where TryGet's out parameter carries [MaybeNullWhen(false)].
        var parseOptions = new CSharpParseOptions(version, DocumentationMode.Diagnose, preprocessorSymbols: ["NETCOREAPP3_0_OR_GREATER"]);
        var compilation = CSharpCompilation.Create(
            "Consumer",
            [CSharpSyntaxTree.ParseText(Consumer, parseOptions)],
            Basic.Reference.Assemblies.Net100.References.All,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: (NullableContextOptions)System.Enum.Parse(typeof(NullableContextOptions), nullable),
                generalDiagnosticOption: ReportDiagnostic.Error));
        var metadata = new Dictionary<string, string> { ["Visibility"] = visibility, ["Namespace"] = "Acme" };

        var run = GeneratorHarness.Run(
            [RepositoryPaths.ExchangeCatalogFile(new Dictionary<string, string> { ["Visibility"] = visibility }), new CatalogFile("/p/acme-web.ports.csv", SnapshotTests.CustomCatalog, metadata)],
            compilation);

        Assert.Empty(run.Result.Diagnostics);
        Assert.Empty(run.CompilationDiagnostics.Select(d => d.ToString()));
        var nullableDirectives = run.Result.Results.Single().GeneratedSources.Count(s => s.SourceText.ToString().Contains("#nullable"));
        Assert.Equal(version.MapSpecifiedToEffectiveVersion() >= LanguageVersion.CSharp8 ? 4 : 0, nullableDirectives);
    }
}
