using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using ExchangePorts.Generators.Analyzers;
using ExchangePorts.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace ExchangePorts.Generators.Tests.Diagnostics;

/// <summary>
/// The example of a rule page (its "## Example" section) and what it says the build reports. Each fenced block is a
/// file: its info string is the language and, optionally, the file's path and encoding
/// (<c>```csv legacy.ports.csv encoding=windows-1252</c>); <c>csv</c> and <c>json</c> blocks are catalogs (default
/// <c>exchange.ports.csv</c> or <c>.json</c>), <c>csharp</c> blocks the project's code (default <c>Program.cs</c>),
/// compiled with the catalogs the package gives by default. A path under <c>Core/</c> belongs to a referenced
/// assembly named Core, built first. The block after "The build reports:" holds the line the build prints.
/// </summary>
internal sealed record RulePageExample(IReadOnlyList<RulePageExample.File> Files, string? Reported)
{
    /// <summary>The folder of the example's project: messages that name a whole path show it.</summary>
    public const string Root = "/src/App/";

    /// <summary>A file of the example: its path, language and text as the compiler reads it.</summary>
    public sealed record File(string Path, string Language, string Text);

    public static RulePageExample Read(string page)
    {
        var section = Regex.Match(page, @"^## Example\n(.*?)(?=^## )", RegexOptions.Singleline | RegexOptions.Multiline);
        var text = section.Success ? section.Groups[1].Value : string.Empty;
        var files = new List<File>();
        string? reported = null;
        foreach (Match block in Regex.Matches(text, @"^```([^\n]*)\n(.*?)\n```", RegexOptions.Singleline | RegexOptions.Multiline))
        {
            var info = block.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (info.Length == 0)
            {
                reported ??= block.Groups[2].Value;
                continue;
            }

            var language = info[0];
            var path = info.Skip(1).FirstOrDefault(word => !word.Contains('=', StringComparison.Ordinal))
                ?? (language == "csharp" ? "Program.cs" : "exchange.ports." + language);
            var body = block.Groups[2].Value + "\n";
            if (info.Contains("encoding=windows-1252"))
            {
                // The file as Excel saves it on a Western-European Windows, read as UTF-8 as the compiler on .NET does.
                body = new UTF8Encoding(false, false).GetString(Encoding.Latin1.GetBytes(body));
            }

            files.Add(new File(path, language, body));
        }

        return new RulePageExample(files, reported);
    }

    public IEnumerable<File> Catalogs(bool core) => Files.Where(f => f.Language is "csv" or "json" && IsCore(f) == core);

    public IEnumerable<File> Code(bool core) => Files.Where(f => f.Language == "csharp" && IsCore(f) == core);

    /// <summary>Every diagnostic the example's build reports: the generator's, the compiler's and the analyzer's.</summary>
    public async Task<IReadOnlyList<Diagnostic>> BuildAsync()
    {
        var references = new List<MetadataReference>();
        if (Files.Any(IsCore))
        {
            var core = GeneratorHarness.Run(Catalogs(core: true).Select(Catalog), Compilation("Core", Code(core: true), []));
            using var image = new MemoryStream();
            var emitted = core.OutputCompilation.Emit(image);
            Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
            references.Add(MetadataReference.CreateFromImage(image.ToArray()));
        }

        // C# code gets the catalogs the package gives a project by default (Exchange 2007 and 2019), as a build would.
        var code = Code(core: false).ToList();
        var catalogs = Catalogs(core: false).Select(Catalog).ToList();
        if (code.Count > 0)
        {
            catalogs.InsertRange(0, [RepositoryPaths.ExchangeCatalogFile(), RepositoryPaths.ShippedCatalogFile(2019)]);
        }

        var run = GeneratorHarness.Run(catalogs, Compilation("App", code, references));
        var analyzed = await run.OutputCompilation.WithAnalyzers([new HardcodedPortAnalyzer()]).GetAnalyzerDiagnosticsAsync();
        return [.. run.Result.Diagnostics, .. run.CompilationDiagnostics, .. analyzed];
    }

    private static bool IsCore(File file) => file.Path.StartsWith("Core/", StringComparison.Ordinal);

    private static CatalogFile Catalog(File file) => new(Root + file.Path, file.Text);

    private static CSharpCompilation Compilation(string name, IEnumerable<File> code, IEnumerable<MetadataReference> references) =>
        GeneratorHarness.CreateCompilation(ReportDiagnostic.Default)
            .WithAssemblyName(name)
            .AddSyntaxTrees(code.Select(f => CSharpSyntaxTree.ParseText(f.Text, GeneratorHarness.ParseOptions, Root + f.Path)))
            .AddReferences(references);
}
