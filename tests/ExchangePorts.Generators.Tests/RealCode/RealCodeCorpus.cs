using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using Basic.Reference.Assemblies;
using ExchangePorts.Generators.Analyzers;
using ExchangePorts.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ExchangePorts.Generators.Tests.RealCode;

/// <summary>One analyzer report on the corpus: where, which rule, which port, the candidates best first.</summary>
internal sealed record CorpusReport(string Corpus, string File, int Line, int Column, string Rule, int Port, string Candidates)
{
    /// <summary>The entry named first, without the class: <c>HubToEdge.Smtp</c>.</summary>
    public string First => Candidates.Split(';')[0].Substring(Candidates.IndexOf('.') + 1);

    public string Key => string.Join("\t", Corpus, File, Line.ToString(CultureInfo.InvariantCulture), Column.ToString(CultureInfo.InvariantCulture), Rule, Port.ToString(CultureInfo.InvariantCulture), Candidates);
}

/// <summary>
/// The real-code benchmark's corpora (<c>tests/RealCode</c>): each folder is compiled as one project with
/// the default Exchange catalog, as a user's build would, and the analyzer runs over it. Excerpts do not
/// compile whole (their own dependencies are not all here); the libraries they call most are referenced
/// so that calls into them bind, and what stays unresolved is never reported, only missed.
/// </summary>
internal static class RealCodeCorpus
{
    public static string Root => Path.Combine(RepositoryPaths.Root, "tests", "RealCode");

    public static IReadOnlyList<string> Corpora { get; } =
        ["MailKit", "Kerberos.NET", "DnsClient.NET", "Novell.Directory.Ldap.NETStandard", "ews-managed-api", "smtp4dev", "Papercut-SMTP", "AspNetCore.Diagnostics.HealthChecks", "ExchangeTooling"];

    /// <summary>Every report the analyzer makes on one corpus, in file and position order.</summary>
    public static IReadOnlyList<CorpusReport> Analyze(string corpus, bool requireEvidence = true)
    {
        var folder = Path.Combine(Root, corpus);
        var trees = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), GeneratorHarness.ParseOptions, Path.GetRelativePath(folder, f).Replace('\\', '/')))
            .ToArray();
        var compilation = CSharpCompilation.Create(
            corpus,
            trees,
            [.. Net100.References.All, .. LibraryReferences],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true));

        var driver = GeneratorHarness.CreateDriver([RepositoryPaths.ExchangeCatalogFile(), RepositoryPaths.ShippedCatalogFile(2019)]);
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var withCatalog, out _);

        var options = new AnalyzerOptions([], new TreeOptions(requireEvidence ? [] : [Generators.Analyzers.CandidateEvidence.RequireEvidenceOption]));
        var diagnostics = withCatalog
            .WithAnalyzers([new HardcodedPortAnalyzer()], options)
            .GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();

        return diagnostics
            .Select(d =>
            {
                var position = d.Location.GetLineSpan();
                return new CorpusReport(
                    corpus,
                    position.Path,
                    position.StartLinePosition.Line + 1,
                    position.StartLinePosition.Character + 1,
                    d.Id,
                    int.Parse(d.GetMessage(CultureInfo.InvariantCulture).Split(' ')[1], CultureInfo.InvariantCulture),
                    d.Properties[PortDiagnosticProperties.DisplayNames]!);
            })
            .OrderBy(r => r.File, StringComparer.Ordinal).ThenBy(r => r.Line).ThenBy(r => r.Column)
            .ToArray();
    }

    /// <summary>What an .editorconfig with <c>key = false</c> for each key gives every file.</summary>
    private sealed class TreeOptions(string[] falseKeys) : AnalyzerConfigOptionsProvider
    {
        private readonly Options _options = new(falseKeys);

        public override AnalyzerConfigOptions GlobalOptions => _options;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _options;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _options;

        private sealed class Options(string[] falseKeys) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value)
            {
                value = Array.IndexOf(falseKeys, key) >= 0 ? "false" : null;
                return value is not null;
            }
        }
    }

    // MailKit (with MimeKit) and DnsClient, which the test project references for this purpose alone.
    private static IEnumerable<MetadataReference> LibraryReferences =>
        new[] { typeof(MailKit.Net.Smtp.SmtpClient), typeof(MimeKit.MimeMessage), typeof(DnsClient.LookupClient) }
            .Select(t => MetadataReference.CreateFromFile(t.Assembly.Location));
}
