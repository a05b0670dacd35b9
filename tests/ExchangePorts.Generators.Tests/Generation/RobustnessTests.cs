using System;
using System.Linq;
using System.Text;
using ExchangePorts.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ExchangePorts.Generators.Tests.Generation;

/// <summary>
/// No input makes the generator throw (CS8785), and whatever it generates compiles: the only errors
/// left are the catalog's own diagnostics.
/// </summary>
public class RobustnessTests
{
    private const string Header = "group,name,port,transport,description,notes\n";

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
    public void Hostile_catalogs_never_crash_and_what_is_generated_compiles(string csv)
    {
        AssertSurvives(csv);
    }

    [Fact]
    public void Text_that_looks_like_code_or_markup_stays_text_and_reads_back_unchanged()
    {
        var hostile = "*/ </summary> \" \\ { } #error boom \\u000A \u2028 \u2029 \u0085 \r\n \uFEFF \u202E <![CDATA[ & ]]> \t end";
        var csv = Header + "A,B,25,tcp,\"" + hostile.Replace("\"", "\"\"") + "\",\"" + hostile.Replace("\"", "\"\"") + "\"\n";
        var run = GeneratorHarness.Run(
            [new CatalogFile("/p/fuzz.ports.csv", csv)],
            """
            /// <summary>Reads the text back.</summary>
            public static class Probe
            {
                /// <summary>The description and notes as the API returns them.</summary>
                public static string[] Read() => [FuzzPorts.A.All[0].Description, FuzzPorts.All[0].Notes];
            }
            """);
        Assert.Empty(run.Result.Diagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        var read = (string[])CompiledAssembly.Load(run.OutputCompilation).Invoke("Probe", "Read")!;
        Assert.Equal([hostile, hostile], read);
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
        return run;
    }
}
