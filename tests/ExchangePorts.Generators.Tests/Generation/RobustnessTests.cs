using System;
using System.IO;
using System.Linq;
using System.Text;
using ExchangePorts.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace ExchangePorts.Generators.Tests.Generation;

/// <summary>
/// No input makes the generator throw (CS8785), and whatever it generates compiles: the only errors
/// left are the catalog's own diagnostics.
/// </summary>
public class RobustnessTests
{
    private const string Header = "group,name,port,transport,description,notes\n";

    [Fact]
    public void A_catalog_whose_text_exceeds_what_string_literals_may_total_still_builds()
    {
        // 200 notes of 45,000 characters: 18 MB as UTF-16, past the 16 MB a program's string literals may
        // total (CS8103), which a 100,000-row catalog reaches too.
        var text = new StringBuilder(Header);
        for (var i = 0; i < 200; i++)
        {
            text.Append("G,E").Append(i).Append(',').Append(1 + i).Append(",tcp,,").Append(i).Append(new string('n', 45_000)).Append('\n');
        }

        var run = GeneratorHarness.Run(
            [new CatalogFile("/p/huge.ports.csv", text.ToString())],
            "/// <summary>Reads the last note.</summary>\npublic static class Probe\n{\n    /// <summary>Its length.</summary>\n    public static int Last() => HugePorts.Find(200)[0].Notes.Length;\n}\n");
        Assert.Empty(run.Result.Diagnostics);
        Assert.Equal(45_003, CompiledAssembly.Load(run.OutputCompilation).Invoke("Probe", "Last"));
    }

    [Fact]
    public void A_catalog_file_read_in_chunks_generates_what_the_same_text_in_one_string_does()
    {
        // The compiler reads a file of more than 80 KB into a chunked SourceText (each ToString() is a new
        // copy); a bad row near the end checks that positions still point at the right line and column.
        var csv = new StringBuilder("group,name,port,transport,description\n");
        for (var i = 0; i < 3000; i++)
        {
            csv.Append("Group").Append(i / 8).Append(",Entry").Append(i).Append(',').Append(1 + i).Append(",tcp,\"Path, as published\"\n");
        }

        csv.Append("Bad,Row,99999,tcp,x\n");
        var chunked = SourceText.From(new MemoryStream(Encoding.UTF8.GetBytes(csv.ToString())), Encoding.UTF8);
        Assert.NotSame(chunked.ToString(), chunked.ToString());

        GeneratorRun RunWith(SourceText text)
        {
            var driver = GeneratorHarness.CreateDriver([new TestAdditionalText("/p/big.ports.csv", text)], GeneratorHarness.OptionsFor([]), trackSteps: false)
                .RunGeneratorsAndUpdateCompilation(GeneratorHarness.CreateCompilation(), out var output, out var diagnostics);
            return new GeneratorRun(driver.GetRunResult(), (CSharpCompilation)output, diagnostics);
        }

        var fromChunks = RunWith(chunked);
        var fromString = RunWith(SourceText.From(csv.ToString(), Encoding.UTF8));
        Assert.Equal(["EXP1007 (3002,9)"], fromChunks.DiagnosticLines.Select(line => line.Substring(0, line.IndexOf(')') + 1)));
        Assert.Equal(fromString.DiagnosticLines, fromChunks.DiagnosticLines);
        Assert.Equal(fromString.Source("BigPorts.g.cs"), fromChunks.Source("BigPorts.g.cs"));
        Assert.Equal(3000, fromChunks.Entries("BigPorts.g.cs").Count);
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("\"\"\"")]
    [InlineData(",,,,\n,,,,")]
    [InlineData("\0\0\0")]
    [InlineData("group\0,name,port,transport\nA,B,25,tcp")]
    [InlineData("\uFEFF\uFEFF")]
    [InlineData("\uD800,\uDC00")]
    [InlineData("group,name,port,transport\n\"A\nB\",\"C\r\nD\",25,tcp")]
    [InlineData("group,group,group,group")]
    [InlineData("group,name,port,transport\n@,@,25,tcp\n__arglist,void,25,tcp\nglobal,nameof,80,udp")]
    [InlineData("group,name,port,transport\nA,__data,25,tcp\nA,FuzzPorts,80,tcp\nB,__none,53,udp\nSystem,PortCatalog,1,tcp")]
    public void Hostile_catalogs_never_crash_and_what_is_generated_compiles(string csv)
    {
        AssertSurvives(csv);
    }

    /// <summary>Text that must come back exactly as written, in every free-text column.</summary>
    private const string HostileText =
        "*/ </summary> \" \\ { } #error boom \\u000A \u2028 \u2029 \u0085 \r\n \uFEFF \u202E <![CDATA[ & ]]> \t end";

    private static readonly string[] TextColumns = ["from", "to", "service", "security", "description", "source", "notes"];

    [Theory]
    [InlineData("csv")]
    [InlineData("json")]
    public void Text_that_looks_like_code_or_markup_stays_text_and_reads_back_unchanged(string format)
    {
        var catalog = format == "csv"
            ? "group,name,port,transport," + string.Join(",", TextColumns) + "\n" +
              "A,B,25,tcp" + string.Concat(TextColumns.Select(_ => ",\"" + HostileText.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""))
            : "[ { \"group\": \"A\", \"name\": \"B\", \"port\": 25, \"transport\": \"tcp\"" +
              string.Concat(TextColumns.Select(c => ", \"" + c + "\": " + System.Text.Json.JsonSerializer.Serialize(HostileText))) + " } ]";
        var run = GeneratorHarness.Run(
            [new CatalogFile("/p/fuzz.ports." + format, catalog)],
            """
            /// <summary>Reads the text back.</summary>
            public static class Probe
            {
                /// <summary>Every free-text property as the API returns it.</summary>
                public static string[] Read()
                {
                    var d = FuzzPorts.A.All[0];
                    return [d.From, d.To, d.Service, d.Security, d.Description, d.Source, d.Notes];
                }
            }
            """);
        Assert.Empty(run.Result.Diagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        var read = (string[])CompiledAssembly.Load(run.OutputCompilation).Invoke("Probe", "Read")!;
        Assert.Equal(Enumerable.Repeat(HostileText, TextColumns.Length), read);
    }

    [Fact]
    public void A_failure_inside_the_generator_is_a_diagnostic_on_the_catalog_not_CS8785()
    {
        var driver = GeneratorHarness.CreateDriver([new ThrowingAdditionalText("/p/locked.ports.csv", "The file is locked")], TestOptionsProvider.Empty, trackSteps: false);
        driver = driver.RunGeneratorsAndUpdateCompilation(GeneratorHarness.CreateCompilation(), out _, out var generatorDiagnostics);
        var result = driver.GetRunResult().Results.Single();
        Assert.Null(result.Exception);
        Assert.DoesNotContain(generatorDiagnostics, d => d.Id == "CS8785");
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("EXP1000 (1,1)", GeneratorRun.Format(diagnostic));
        Assert.Equal("/p/locked.ports.csv", diagnostic.Location.GetLineSpan().Path);
        Assert.Contains("IOException: The file is locked", diagnostic.GetMessage());
    }

    [Fact]
    public void A_thousand_mutated_catalogs_never_crash()
    {
        var random = new Random(20261128);
        var seed = Header + "HubToEdge,Smtp,25,tcp,\"Mail, relayed\",\"say \"\"hi\"\"\"\nEdgeSync,SecureLdap,50636,tcp,x,y\n";
        const string alphabet = ",\"\n\r \t;:/\\{}<>@#0123456789aZ_-\u2028\uFEFF\0";
        for (var i = 0; i < 1000; i++)
        {
            var text = new StringBuilder(seed);
            for (var edits = random.Next(1, 6); edits > 0; edits--)
            {
                var at = random.Next(text.Length + 1);
                switch (random.Next(3))
                {
                    case 0: text.Insert(at, alphabet[random.Next(alphabet.Length)]); break;
                    case 1 when at < text.Length: text.Remove(at, 1); break;
                    default: text.Insert(at, seed.AsSpan(random.Next(seed.Length), 1)); break;
                }
            }

            AssertSurvives(text.ToString());
        }
    }

    private static GeneratorRun AssertSurvives(string csv)
    {
        var run = GeneratorHarness.RunLenient(new CatalogFile("/p/fuzz.ports.csv", csv));
        Assert.Null(run.Result.Results.Single().Exception);
        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "CS8785");
        Assert.DoesNotContain(run.Result.Diagnostics, d => d.Id == "EXP1000");
        var compileErrors = run.CompilationDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(compileErrors.Count == 0, csv + "\n" + string.Join("\n", compileErrors));
        GeneratedCatalogs.Exercise(run.OutputCompilation);
        return run;
    }
}
