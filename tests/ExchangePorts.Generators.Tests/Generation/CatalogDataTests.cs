using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using ExchangePorts.Generators.Data;
using ExchangePorts.Generators.Emit;
using ExchangePorts.Generators.Model;
using ExchangePorts.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace ExchangePorts.Generators.Tests.Generation;

/// <summary>
/// The entries travel as compact text (<see cref="CatalogDataFormat"/>): what the generator writes must
/// read back exactly, at run time (<c>PortCatalogData</c>) and in the analyzer (<see cref="CatalogDataReader"/>).
/// </summary>
public class CatalogDataTests
{
    private const string Header = "group,name,port,transport,from,to,service,security,description,source,notes\n";

    // Values that look like the format itself: separators, digits, lengths, empty cells, line breaks, non-ASCII.
    private static readonly string[][] TrickyRows =
    [
        ["A", "First", "25", "tcp", "1,2:3", "4:", ",", ":", "12", "", "line one\nline two"],
        ["A", "Second", "65535", "udp", "", "", "", "", "", "", ""],
        ["Ünïcode", "Ωmega", "1", "tcp/udp", "\"quoted\"", "tab\there", "emoji 📨", "3:abc,", "0,", "https://example.com/a,b", "¿qué?"],
        ["A", "Third", "25", "tcp", "1,2:3", "4:", ",", ":", "12", "", "line one\nline two"],
    ];

    [Fact]
    public void The_analyzer_reads_back_every_field_the_generator_wrote()
    {
        var run = GeneratorHarness.Run(new CatalogFile("/p/data.ports.csv", Csv(TrickyRows)));
        Assert.Empty(run.Result.Diagnostics);
        var entries = run.Entries("DataPorts.g.cs");
        Assert.Equal(TrickyRows.Select(Expected), entries.Select(Fields));
    }

    [Fact]
    public void The_generated_class_reads_back_every_field_the_generator_wrote()
    {
        var run = GeneratorHarness.Run(
            [new CatalogFile("/p/data.ports.csv", Csv(TrickyRows))],
            """
            using System.Linq;

            /// <summary>Dumps the decoded entries.</summary>
            public static class Dump
            {
                /// <summary>Every field of every entry, one entry per line.</summary>
                public static string All() => string.Join("\u001E", DataPorts.All.Select(d => string.Join("\u001F",
                    d.Group, d.Name, d.Port, d.Transport, d.From, d.To, d.Service, d.Security, d.Description, d.Source, d.Notes)));
            }
            """);
        Assert.Empty(run.CompilationDiagnostics);
        var dumped = (string)CompiledAssembly.Load(run.OutputCompilation).Invoke("Dump", "All")!;
        Assert.Equal(TrickyRows.Select(Expected), dumped.Split('\u001E').Select(line => line.Split('\u001F')));
    }

    [Fact]
    public void Find_TryGet_and_groups_agree_with_a_plain_search_over_All()
    {
        // 300 entries over 37 groups (rows of a group interleaved) on ports that repeat; every 11th is a
        // range, of 1 to 60 ports, overlapping single ports and other ranges.
        var rows = Enumerable.Range(0, 300).Select(i => new[]
        {
            "Group" + (i % 37).ToString(CultureInfo.InvariantCulture),
            (i % 5 == 0 ? "Ä" : "E") + "ntry" + i.ToString(CultureInfo.InvariantCulture),
            (1 + (i * 7919 % 400)).ToString(CultureInfo.InvariantCulture) +
                (i % 11 == 0 ? "-" + (1 + (i * 7919 % 400) + (i % 60)).ToString(CultureInfo.InvariantCulture) : ""),
            "tcp", "", "", "", "", "", "", "",
        }).ToArray();
        var run = GeneratorHarness.Run(
            [new CatalogFile("/p/many.ports.csv", Csv(rows))],
            """
            using System.Linq;

            /// <summary>Compares every lookup with a linear search.</summary>
            public static class Oracle
            {
                /// <summary>The first disagreement, or "ok".</summary>
                public static string Check()
                {
                    for (var port = -1; port <= 65536; port++)
                    {
                        // The entries on the port, then the ranges that contain it, each in catalog order.
                        var expected = ManyPorts.All.Where(d => !d.IsRange && d.Port == port).Concat(ManyPorts.All.Where(d => d.IsRange && d.Contains(port)));
                        if (!ManyPorts.Find(port).SequenceEqual(expected)) return "Find(" + port + ")";
                    }

                    foreach (var d in ManyPorts.All)
                    {
                        foreach (var name in new[] { d.QualifiedName, d.QualifiedName.ToUpperInvariant(), d.QualifiedName.ToLowerInvariant() })
                        {
                            if (!ManyPorts.TryGet(name, out var found) || !ReferenceEquals(found, d)) return "TryGet(" + name + ")";
                        }

                        foreach (var miss in new[] { d.QualifiedName + "x", d.QualifiedName.Substring(1), d.Group, d.Name, "" })
                        {
                            if (ManyPorts.TryGet(miss, out _)) return "TryGet(" + miss + ") found";
                        }
                    }

                    if (ManyPorts.Group3.All.Count != 9 || ManyPorts.Group3.All.Any(d => d.Group != "Group3")) return "Group3";
                    if (ManyPorts.All.Count(d => d.IsRange) != 27) return "ranges";
                    return ManyPorts.All.Count == 300 ? "ok" : "All";
                }
            }
            """);
        Assert.Empty(run.CompilationDiagnostics);
        Assert.Equal("ok", CompiledAssembly.Load(run.OutputCompilation).Invoke("Oracle", "Check"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("3,1,4:Smtp,1,0,0,0,25,25,1,0,0,0,0,0,0,0,0,")]
    [InlineData("4,1,4:Smtp")]
    [InlineData("4,1,9:Smtp,")]
    [InlineData("4,1,4:Smtp,1,0,0,0,25,25,1,0,0,0,0,0,0,7,0,0,0,")]
    [InlineData("4,1,4:Smtp,1,0,0,0,25,25,1,0,0,0,0,0,0,0,0,0,")]
    [InlineData("4,1,4:Smtp,1,0,0,0,25,25,1,0,0,0,0,0,0,0,0,0,0,trailing")]
    [InlineData("4,1,4:Smtp,1,0,0,0,25,25,1,0,0,0,0,0,0,0,0,0,1,5,0,")]
    [InlineData("4,1,4:Smtp,1,0,0,0,25,25,1,0,0,0,0,0,0,0,0,0,1,0,9,")]
    [InlineData("4,99999999999,")]
    public void Text_that_is_not_this_version_of_the_format_is_refused_not_thrown(string text)
    {
        Assert.False(CatalogDataReader.TryRead(text, out _));
    }

    /// <summary>
    /// The data's layout is defined once (<c>CatalogDataFormat</c>, <c>EntryField</c>); the decoder emitted into
    /// users' projects is filled in from it, and its token reader states the separators again.
    /// </summary>
    [Fact]
    public void The_emitted_decoder_reads_the_format_the_definition_states()
    {
        var decoder = SharedTypesEmitter.EmitData();

        Assert.Contains("private const int FormatVersion = " + CatalogDataFormat.Version + ";", decoder);
        Assert.Contains("private const int FieldsPerEntry = " + EntryFields.Count + ";", decoder);
        Assert.Contains("new global::PortCatalog.PortDefinition(" + EntryFields.DecoderArguments() + ")", decoder);
        Assert.DoesNotContain("/*", decoder.Substring(decoder.IndexOf("namespace", System.StringComparison.Ordinal)));
        Assert.Contains("ReadDigits('" + CatalogDataFormat.Terminator + "')", decoder);
        Assert.Contains("ReadDigits('" + CatalogDataFormat.LengthSeparator + "')", decoder);
    }

    /// <summary>
    /// One order of the entry fields: the spec record's, the generated constructor's (by name and type), and the
    /// data's, which the writer, the reader and the decoder take from <c>EntryField</c>.
    /// </summary>
    [Fact]
    public void The_entry_fields_agree_with_the_spec_record_and_the_generated_constructor()
    {
        var fields = Enumerable.Range(0, EntryFields.Count).Select(i => (EntryField)i).ToList();
        var record = typeof(PortEntrySpec).GetConstructors().Single().GetParameters();
        Assert.Equal(fields.Select(EntryFields.PropertyOf), record.Select(p => p.Name));

        var run = GeneratorHarness.Run([new CatalogFile("/p/x.ports.csv", "group,name,port,transport\nG,A,25,tcp\n")]);
        var definition = CSharpSyntaxTree.ParseText(run.Source(SharedTypesEmitter.EntryTypesHintName)).GetRoot()
            .DescendantNodes().OfType<ConstructorDeclarationSyntax>().Single(c => c.Identifier.Text == "PortDefinition");
        Assert.Equal(
            fields.Select(f => EntryFields.TypeOf(f) + " " + EntryFields.ParameterOf(f)),
            definition.ParameterList.Parameters.Select(p => p.Type + " " + p.Identifier.Text));

        // Each field survives the writer and the reader in its own place.
        var entry = run.Entries("x.g.cs".Replace("x", "XPorts", System.StringComparison.Ordinal)).Single();
        Assert.Equal(new PortEntrySpec("G", "A", "A", 25, 25, PortTransport.Tcp, "", "", "", "", "", "", "", "", ""), entry);
    }

    [Fact]
    public void The_smallest_valid_text_reads()
    {
        Assert.True(CatalogDataReader.TryRead("4,1,4:Smtp,1,0,0,0,25,25,1,0,0,0,0,0,0,0,0,0,0,", out var entries));
        Assert.Equal(new PortEntrySpec("Smtp", "Smtp", "Smtp", 25, 25, PortTransport.Tcp, "Smtp", "Smtp", "Smtp", "Smtp", "Smtp", "Smtp", "Smtp", "Smtp", "Smtp"), entries.Single());
    }

    private static string[] Expected(string[] row) =>
        [row[0], row[1], row[2], row[3] switch { "tcp" => "Tcp", "udp" => "Udp", _ => "Tcp, Udp" }, .. row[4..]];

    private static string[] Fields(PortEntrySpec e) =>
        [e.Group, e.Name, e.Port.ToString(CultureInfo.InvariantCulture), e.Transport.ToString(), e.From, e.To, e.Service, e.Security, e.Description, e.Source, e.Notes];

    private static string Csv(IEnumerable<string[]> rows)
    {
        var text = new StringBuilder(Header);
        foreach (var row in rows)
        {
            text.Append(string.Join(",", row.Select(v => "\"" + v.Replace("\"", "\"\"", System.StringComparison.Ordinal) + "\""))).Append('\n');
        }

        return text.ToString();
    }
}
