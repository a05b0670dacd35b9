using System.Linq;
using ExchangePorts.Generators.Json;
using Xunit;

namespace ExchangePorts.Generators.Tests.Json;

/// <summary>RFC 8259, case by case: what must parse, what must not, and where the error is.</summary>
public class JsonParserTests
{
    private static JsonNode Valid(string text)
    {
        var (root, error) = JsonParser.Parse(text);
        Assert.Null(error);
        Assert.NotNull(root);
        Assert.True(root!.IsComplete);
        return root;
    }

    [Theory]
    [InlineData("{}", "Object")]
    [InlineData("[]", "Array")]
    [InlineData(" \t\r\n[ ] \n", "Array")]
    [InlineData("\"x\"", "String")]
    [InlineData("0", "Number")]
    [InlineData("-0", "Number")]
    [InlineData("123", "Number")]
    [InlineData("-1.5e+10", "Number")]
    [InlineData("1E-2", "Number")]
    [InlineData("0.0", "Number")]
    [InlineData("true", "True")]
    [InlineData("false", "False")]
    [InlineData("null", "Null")]
    [InlineData("\uFEFF{}", "Object")]
    public void Parses_every_kind_of_value_at_the_top_level(string text, string kind)
    {
        Assert.Equal(kind, Valid(text).Kind.ToString());
    }

    [Theory]
    [InlineData(@"""\""""", "\"")]
    [InlineData(@"""\\""", "\\")]
    [InlineData(@"""\/""", "/")]
    [InlineData(@"""\b\f\n\r\t""", "\b\f\n\r\t")]
    [InlineData(@"""\u0041\u00e9\u20AC""", "Aé€")]
    [InlineData(@"""\uD83D\uDE00""", "😀")]
    [InlineData("\"é 😀 \u2028\"", "é 😀 \u2028")]
    [InlineData("\"\"", "")]
    public void Unescapes_strings(string text, string expected)
    {
        Assert.Equal(expected, Valid(text).Text);
    }

    [Fact]
    public void Half_a_surrogate_pair_is_an_error_at_its_escape_as_I_JSON_says_and_a_whole_pair_is_one_character()
    {
        // Not in the theories: xunit's serialization of theory data mangles lone surrogates.
        var halves = new[]
        {
            (@"""\uD800""", 1), (@"""ab\uDC00""", 3), (@"""\uD83Dx""", 1), (@"""\uD83D\u0041""", 1), ("\"a\uD800\"", 2), ("\"\uDC00\"", 1),
        };
        foreach (var (text, position) in halves)
        {
            var (_, error) = JsonParser.Parse(text);
            Assert.True(error is not null, text);
            Assert.Equal(position, error!.Position);
            Assert.Contains("half of a surrogate pair", error.Message, System.StringComparison.Ordinal);
        }

        Assert.Equal("\uD83D\uDE00x", Valid(@"""\uD83D\uDE00x""").Text);
    }

    [Theory]
    [InlineData("// a site\n{ \"Edge\": [\"a\", \"b\",], /* two */ \"Mailbox\": \"c\", } // end", 2)]
    [InlineData("[1, /* two */ 2,]", 2)]
    [InlineData("{ /**/ }", 0)]
    public void Lenient_takes_comments_and_trailing_commas_where_strict_does_not(string text, int count)
    {
        var (root, error) = JsonParser.Parse(text, lenient: true);
        Assert.Null(error);
        Assert.Equal(count, root!.Kind == JsonKind.Object ? root.Properties.Count : root.Items.Count);
        Assert.NotNull(JsonParser.Parse(text).Error);
    }

    [Theory]
    [InlineData("{ /* open", 2)]
    [InlineData("[1, 2 /*/ ]", 6)]
    [InlineData("[1,,]", 3)]
    [InlineData("{ / }", 2)]
    public void Lenient_still_finds_an_unclosed_comment_and_a_missing_value(string text, int position)
    {
        var (_, error) = JsonParser.Parse(text, lenient: true);
        Assert.Equal(position, error!.Position);
    }

    [Fact]
    public void Keeps_numbers_as_written()
    {
        Assert.Equal("-1.50e+10", Valid("-1.50e+10").Text);
    }

    [Fact]
    public void Keeps_properties_in_order_with_their_positions()
    {
        const string text = "{ \"a\": 1, \"b\": [true, null], \"a\": \"x\" }";
        var root = Valid(text);
        Assert.Equal(["a", "b", "a"], root.Properties.Select(p => p.Name));
        Assert.Equal("\"b\"", text.Substring(root.Properties[1].NameSpan.Start, root.Properties[1].NameSpan.Length));
        Assert.Equal("[true, null]", text.Substring(root.Properties[1].Value.Span.Start, root.Properties[1].Value.Span.Length));
        Assert.Equal([JsonKind.True, JsonKind.Null], root.Properties[1].Value.Items.Select(i => i.Kind));
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("   ", 3)]
    [InlineData("{", 1)]
    [InlineData("[1,]", 3)]
    [InlineData("{\"a\":1,}", 7)]
    [InlineData("[1 2]", 3)]
    [InlineData("{\"a\" 1}", 5)]
    [InlineData("{a:1}", 1)]
    [InlineData("{'a':1}", 1)]
    [InlineData("['a']", 1)]
    [InlineData("[01]", 1)]
    [InlineData("[-]", 2)]
    [InlineData("[1.]", 3)]
    [InlineData("[.5]", 1)]
    [InlineData("[1e]", 3)]
    [InlineData("[+1]", 1)]
    [InlineData("[NaN]", 1)]
    [InlineData("[Infinity]", 1)]
    [InlineData("[tru]", 1)]
    [InlineData("[True]", 1)]
    [InlineData("\"abc", 0)]
    [InlineData("\"a\tb\"", 2)]
    [InlineData("\"a\nb\"", 2)]
    [InlineData(@"""\x""", 1)]
    [InlineData(@"""\u12""", 1)]
    [InlineData(@"""\u12G4""", 1)]
    [InlineData("[1] [2]", 4)]
    [InlineData("{} x", 3)]
    [InlineData("/* c */ {}", 0)]
    [InlineData("[1] // c", 4)]
    [InlineData("[\u00A0]", 1)]
    public void Rejects_what_RFC_8259_does_not_allow_at_the_offending_position(string text, int position)
    {
        var (_, error) = JsonParser.Parse(text);
        Assert.NotNull(error);
        Assert.Equal(position, error!.Position);
    }

    [Theory]
    [InlineData("{ \"a\": 1, }", "a trailing comma is not allowed before '}'")]
    [InlineData("[1, 2, ]", "a trailing comma is not allowed before ']'")]
    [InlineData("{ // note\n \"a\": 1 }", "comments are not allowed in JSON")]
    [InlineData("[1, /* two */ 2]", "comments are not allowed in JSON")]
    [InlineData("{ 'a': 1 }", "strings and property names are written in double quotes")]
    [InlineData("['a']", "strings and property names are written in double quotes")]
    public void The_most_common_mistakes_get_a_hint(string text, string hint)
    {
        var (_, error) = JsonParser.Parse(text);
        Assert.EndsWith("; " + hint, error!.Message);
    }

    [Fact]
    public void Deep_nesting_is_an_error_not_a_stack_overflow()
    {
        var text = new string('[', 100_000) + new string(']', 100_000);
        var (_, error) = JsonParser.Parse(text);
        Assert.Contains("nested more than 64", error!.Message);
        Assert.Equal(JsonParser.MaxDepth + 1, error.Position);
    }

    [Fact]
    public void Nesting_up_to_the_limit_parses()
    {
        Valid(new string('[', JsonParser.MaxDepth + 1) + new string(']', JsonParser.MaxDepth + 1));
    }

    [Fact]
    public void A_document_cut_short_keeps_what_was_complete_before_the_error()
    {
        var (root, error) = JsonParser.Parse("{ \"entries\": [ {\"a\": 1}, {\"a\": 2}, {\"a\": 3 ");
        Assert.NotNull(error);
        Assert.False(root!.IsComplete);
        var entries = root.Properties.Single().Value;
        Assert.False(entries.IsComplete);
        Assert.Equal([true, true, false], entries.Items.Select(i => i.IsComplete));
    }
}
