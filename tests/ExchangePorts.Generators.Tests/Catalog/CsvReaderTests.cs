using System.Collections.Generic;
using System.Linq;
using ExchangePorts.Generators.Catalog;
using ExchangePorts.Generators.Text;
using Xunit;

namespace ExchangePorts.Generators.Tests.Catalog;

public class CsvReaderTests
{
    private sealed record Record(CsvField[] Fields, bool IsMalformed);

    private static (List<Record> Records, List<CsvError> Errors) ReadAll(string text)
    {
        var reader = new CsvReader(text);
        var records = new List<Record>();
        var fields = new List<CsvField>();
        while (reader.TryReadRecord(fields, out _, out var malformed))
        {
            records.Add(new Record([.. fields], malformed));
        }

        return (records, reader.Errors);
    }

    private static string[][] Values(string text)
    {
        var (records, errors) = ReadAll(text);
        Assert.Empty(errors);
        return records.Select(r => r.Fields.Select(f => f.Value).ToArray()).ToArray();
    }

    [Fact]
    public void Reads_plain_records()
    {
        Assert.Equal([["a", "b", "c"], ["1", "2", "3"]], Values("a,b,c\n1,2,3\n"));
    }

    [Theory]
    [InlineData("a,b\r\n1,2\r\n")]
    [InlineData("a,b\n1,2\n")]
    [InlineData("a,b\r1,2\r")]
    [InlineData("a,b\n1,2")]
    [InlineData("a,b\r\n1,2")]
    public void Accepts_every_line_ending_with_or_without_a_final_one(string text)
    {
        Assert.Equal([["a", "b"], ["1", "2"]], Values(text));
    }

    [Fact]
    public void Skips_a_leading_byte_order_mark()
    {
        Assert.Equal([["group", "name"]], Values("\uFEFFgroup,name"));
    }

    [Fact]
    public void Keeps_a_byte_order_mark_that_is_not_at_the_start()
    {
        Assert.Equal([["a", "x\uFEFFy"]], Values("a,x\uFEFFy"));
    }

    [Fact]
    public void Quoted_fields_hold_commas()
    {
        Assert.Equal([["a,b", "c"]], Values("\"a,b\",c"));
    }

    [Fact]
    public void A_doubled_quote_is_one_quote()
    {
        Assert.Equal([["say \"hi\"", "\""]], Values("\"say \"\"hi\"\"\",\"\"\"\""));
    }

    [Theory]
    [InlineData("\"line1\nline2\",x\n", "line1\nline2")]
    [InlineData("\"line1\r\nline2\",x\r\n", "line1\r\nline2")]
    public void Quoted_fields_hold_line_breaks_as_written(string text, string expected)
    {
        Assert.Equal([[expected, "x"]], Values(text));
    }

    [Fact]
    public void Empty_fields_are_kept_including_a_trailing_one()
    {
        Assert.Equal([["", "b", ""], ["", "", ""]], Values(",b,\n,,\n"));
    }

    [Fact]
    public void An_empty_quoted_field_is_empty()
    {
        Assert.Equal([["", "x"]], Values("\"\",x"));
    }

    [Fact]
    public void Blank_lines_are_skipped()
    {
        Assert.Equal([["a"], ["b"]], Values("\n\r\na\n   \n\t\nb\n\n"));
    }

    [Fact]
    public void Blanks_around_plain_and_quoted_fields_are_dropped_but_not_inside_quotes()
    {
        Assert.Equal([["a", " b ", "c d"]], Values("  a , \" b \"  ,\tc d\t"));
    }

    [Fact]
    public void A_quote_inside_a_plain_field_is_literal()
    {
        Assert.Equal([["5\"", "x"]], Values("5\",x"));
    }

    [Fact]
    public void Field_spans_point_at_the_field_as_written()
    {
        const string text = "ab, \"c,d\" ,e";
        var (records, _) = ReadAll(text);
        var spans = records[0].Fields.Select(f => text.Substring(f.Span.Start, f.Span.Length)).ToArray();
        Assert.Equal(["ab", "\"c,d\"", "e"], spans);
    }

    [Fact]
    public void An_unterminated_quote_is_reported_where_it_opens_and_its_record_is_malformed()
    {
        var (records, errors) = ReadAll("a,b\n1,\"open\n2,3\n");
        var error = Assert.Single(errors);
        Assert.Equal(CsvErrorKind.UnterminatedQuotedField, error.Kind);
        Assert.Equal(6, error.Position);
        Assert.False(records[0].IsMalformed);
        Assert.True(records[1].IsMalformed);
        Assert.Equal(2, records.Count);
    }

    [Fact]
    public void Text_after_a_closing_quote_is_reported_and_the_next_record_still_reads()
    {
        var (records, errors) = ReadAll("\"a\"b,c\nd,e\n");
        var error = Assert.Single(errors);
        Assert.Equal(CsvErrorKind.TextAfterClosingQuote, error.Kind);
        Assert.Equal(3, error.Position);
        Assert.True(records[0].IsMalformed);
        Assert.Equal(["a", "c"], records[0].Fields.Select(f => f.Value));
        Assert.Equal(["d", "e"], records[1].Fields.Select(f => f.Value));
        Assert.False(records[1].IsMalformed);
    }

    [Fact]
    public void A_record_starts_at_the_start_of_its_line_after_blank_lines()
    {
        var reader = new CsvReader("a\n\n  \n b,c\n");
        var fields = new List<CsvField>();
        Assert.True(reader.TryReadRecord(fields, out var first, out _));
        Assert.True(reader.TryReadRecord(fields, out var second, out _));
        Assert.Equal(["b", "c"], fields.Select(f => f.Value));
        Assert.False(reader.TryReadRecord(fields, out _, out _));
        Assert.Equal(0, first);
        Assert.Equal(6, second);
    }

    [Fact]
    public void Repeated_values_are_one_string_and_a_doubled_quote_still_unescapes()
    {
        var (records, _) = ReadAll("tcp,\"TLS\",\"a\"\"b\"\ntcp,TLS,\"a\"\"b\"\n");
        Assert.Same(records[0].Fields[0].Value, records[1].Fields[0].Value);
        Assert.Same(records[0].Fields[1].Value, records[1].Fields[1].Value);
        Assert.Equal("a\"b", records[1].Fields[2].Value);
    }

    [Fact]
    public void Empty_text_has_no_records()
    {
        Assert.Empty(Values(string.Empty));
        Assert.Empty(Values("\uFEFF"));
    }
}
