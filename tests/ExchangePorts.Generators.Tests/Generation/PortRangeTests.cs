using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using ExchangePorts.Generators.Analyzers;
using ExchangePorts.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace ExchangePorts.Generators.Tests.Generation;

/// <summary>
/// Port ranges (<c>1024-65535</c>): validated like ports, generated as a class with its first and last
/// port, found by <c>Find</c> after the exact entries, and never a reason for the analyzer to report a number.
/// </summary>
public class PortRangeTests
{
    private const string Csv = """
        group,name,port,transport,service
        UnifiedMessaging,Sip,5060,tcp,SIP
        UnifiedMessaging,Rtp,1024-65535,udp,RTP
        UnifiedMessaging,Worker,5065-5068,tcp,SIP
        """;

    private const string Probe = """
        using System.Linq;

        /// <summary>Uses the ranges as application code would.</summary>
        public static class Probe
        {
            /// <summary>Every answer, one per line.</summary>
            public static string Answers() => string.Join("\n",
                UnifiedMessaging.Rtp.First + "-" + UnifiedMessaging.Rtp.Last,
                string.Join(",", MediaPorts.Find(5060)),
                string.Join(",", MediaPorts.Find(5066)),
                string.Join(",", MediaPorts.Find(40000)),
                MediaPorts.Find(1023).Count,
                string.Join(",", MediaPorts.Find(1024).Select(d => d.Name)),
                string.Join(",", MediaPorts.Find(65535).Select(d => d.Name)),
                MediaPorts.TryGet("unifiedmessaging.rtp", out var rtp) && rtp.IsRange && rtp.Contains(1024) && rtp.Contains(65535) && !rtp.Contains(1023),
                MediaPorts.UnifiedMessaging.Sip + ":" + MediaPorts.All[0].IsRange + ":" + MediaPorts.All[0].Contains(5060) + ":" + MediaPorts.All[0].LastPort);

            private static class UnifiedMessaging
            {
                internal static class Rtp
                {
                    internal const int First = MediaPorts.UnifiedMessaging.Rtp.First;
                    internal const int Last = MediaPorts.UnifiedMessaging.Rtp.Last;
                }
            }
        }
        """;

    [Fact]
    public void A_range_is_a_class_of_its_first_and_last_port_and_Find_gives_exact_entries_then_ranges()
    {
        var run = GeneratorHarness.Run([new CatalogFile("/p/media.ports.csv", Csv)], Probe);

        Assert.Empty(run.Result.Diagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        var answers = ((string)CompiledAssembly.Load(run.OutputCompilation).Invoke("Probe", "Answers")!).Split('\n');
        Assert.Equal(
            [
                "1024-65535",
                "UnifiedMessaging.Sip 5060/TCP,UnifiedMessaging.Rtp 1024-65535/UDP",
                "UnifiedMessaging.Rtp 1024-65535/UDP,UnifiedMessaging.Worker 5065-5068/TCP",
                "UnifiedMessaging.Rtp 1024-65535/UDP",
                "0",
                "Rtp",
                "Rtp",
                "True",
                "5060:False:True:5060",
            ],
            answers);
    }

    [Fact]
    public void A_range_reads_in_its_tooltip_and_the_group_summary()
    {
        var source = GeneratorHarness.Run(new CatalogFile("/p/media.ports.csv", Csv)).Source("MediaPorts.g.cs");

        // Long documentation lines are wrapped; read them joined.
        var joined = System.Text.RegularExpressions.Regex.Replace(source, "\n *///", string.Empty);
        Assert.Contains("<para>Ports: <see cref=\"Sip\"/> 5060/TCP, <see cref=\"Rtp\"/> 1024-65535/UDP, <see cref=\"Worker\"/> 5065-5068/TCP.</para>", joined);
        Assert.Contains("/// Ports 1024-65535/UDP: RTP.", source);
        Assert.Contains("""
                    public static class Rtp
                    {
                        /// <summary>The first port of the range, 1024.</summary>
                        public const int First = 1024;

                        /// <summary>The last port of the range, 65535.</summary>
                        public const int Last = 65535;
                    }
            """.Replace("\r\n", "\n"), source);
    }

    [Fact]
    public void A_JSON_range_is_a_string_and_generates_what_the_CSV_range_does()
    {
        var json = """
            [
              { "group": "UnifiedMessaging", "name": "Sip", "port": 5060, "transport": "tcp", "service": "SIP" },
              { "group": "UnifiedMessaging", "name": "Rtp", "port": "1024-65535", "transport": "udp", "service": "RTP" },
              { "group": "UnifiedMessaging", "name": "Worker", "port": "5065-5068", "transport": "tcp", "service": "SIP" }
            ]
            """;

        var fromJson = GeneratorHarness.Run(new CatalogFile("/p/media.ports.json", json));
        var fromCsv = GeneratorHarness.Run(new CatalogFile("/p/media.ports.csv", Csv));

        Assert.Empty(fromJson.Result.Diagnostics);
        Assert.Equal(fromCsv.Source("MediaPorts.g.cs"), fromJson.Source("MediaPorts.g.cs"));
    }

    [Theory]
    [InlineData("65535-1024", "'65535-1024' is not a valid port: a range starts at its lower port, such as 1024-65535")]
    [InlineData("1024-", "'1024-' is not a valid port: a range is two whole numbers from 1 to 65535 joined by '-', such as 1024-65535")]
    [InlineData("0-100", "'0-100' is not a valid port: a range is two whole numbers from 1 to 65535 joined by '-', such as 1024-65535")]
    [InlineData("1-65536", "'1-65536' is not a valid port: a range is two whole numbers from 1 to 65535 joined by '-', such as 1024-65535")]
    [InlineData("1024 to 2048", "'1024 to 2048' is not a valid port: use a whole number from 1 to 65535, or a range such as 1024-65535")]
    [InlineData("70000", "'70000' is not a valid port: use a whole number from 1 to 65535, or a range such as 1024-65535")]
    public void A_bad_range_is_reported_at_its_cell_with_what_a_range_looks_like(string ports, string message)
    {
        var run = GeneratorHarness.RunLenient(new CatalogFile("/p/media.ports.csv", "group,name,port,transport\nUm,Rtp," + ports + ",udp\nUm,Sip,5060,tcp\n"));

        var diagnostic = Assert.Single(run.Result.Diagnostics);
        Assert.Equal("EXP1007 (2,8)", GeneratorRun.Format(diagnostic));
        Assert.Equal(message, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("public const int Sip = 5060;", run.Source("MediaPorts.g.cs"));
    }

    [Theory]
    [InlineData("First")]
    [InlineData("Last")]
    public void A_range_named_like_its_own_members_gets_its_first_port_added(string name)
    {
        var run = GeneratorHarness.RunLenient(new CatalogFile("/p/media.ports.csv", "group,name,port,transport\nUm," + name + ",1024-2048,udp\nUm,Single,1024,udp\n"));

        Assert.Equal(["EXP1020 (2,4)"], run.DiagnosticLines);
        Assert.Contains("public static class " + name + "1024", run.Source("MediaPorts.g.cs"));
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Theory]
    [InlineData("1024")]
    [InlineData("40000")]
    [InlineData("65535")]
    public async Task The_analyzer_never_reports_a_number_for_falling_inside_a_range_or_on_its_bounds(string literal)
    {
        var run = GeneratorHarness.Run(
            [new CatalogFile("/p/media.ports.csv", Csv)],
            "class C { static int Connect(string host, int port) => port; static int M() => Connect(\"unifiedmessaging\", " + literal + "); }");
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new HardcodedPortAnalyzer());

        var diagnostics = await run.OutputCompilation.WithAnalyzers(analyzers, Options()).GetAnalyzerDiagnosticsAsync();

        Assert.Empty(diagnostics);
    }

    [Fact]
    public async Task The_analyzer_still_reports_a_single_port_of_the_same_catalog()
    {
        var run = GeneratorHarness.Run(
            [new CatalogFile("/p/media.ports.csv", Csv)],
            "class C { static int Connect(string host, int port) => port; static int M() => Connect(\"unifiedmessaging\", 5060); }");
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new HardcodedPortAnalyzer());

        var diagnostics = await run.OutputCompilation.WithAnalyzers(analyzers, Options()).GetAnalyzerDiagnosticsAsync();

        Assert.Equal(["EXP2001"], diagnostics.Select(d => d.Id));
    }

    // Every catalog port in a port position, evidence or not: the range must stay silent even then.
    private static AnalyzerOptions Options() => new([], new WithoutEvidence());

    private sealed class WithoutEvidence : AnalyzerConfigOptionsProvider
    {
        private static readonly Options Values = new();

        public override AnalyzerConfigOptions GlobalOptions => Values;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Values;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Values;

        private sealed class Options : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value)
            {
                value = key == Generators.Analyzers.CandidateEvidence.RequireEvidenceOption ? "false" : null;
                return value is not null;
            }
        }
    }
}
