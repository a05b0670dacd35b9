using System.IO;
using System.Linq;
using ExchangePorts.Tests.Shared;
using Xunit;

namespace ExchangePorts.Operations.Tests.Documentation;

/// <summary>
/// Every link of the documents leads somewhere: README.md, CONTRIBUTING.md and every page under docs/ link to files
/// and folders that exist, and to anchors that a heading of the page gives.
/// </summary>
public class LinkTests
{
    private static readonly LinkChecker Checker = new(Repository.Root);

    /// <summary>README.md, CONTRIBUTING.md and every Markdown page under docs/.</summary>
    private static string[] Documents =>
        Directory.GetFiles(Repository.PathOf("docs"), "*.md", SearchOption.AllDirectories)
            .Prepend(Repository.PathOf("CONTRIBUTING.md"))
            .Prepend(Repository.PathOf("README.md"))
            .ToArray();

    [Fact]
    public void Every_link_of_the_documents_leads_to_a_file_folder_or_heading()
    {
        var problems = Documents.SelectMany(page => Checker.Check(page, File.ReadAllText(page))).Select(p => p.ToString());
        Assert.Empty(problems);
    }

    [Fact]
    public void The_documents_have_links_to_check()
    {
        Assert.Contains(Repository.PathOf("docs", "architecture.md"), Documents);
        Assert.True(Documents.Sum(page => MarkdownPage.Read(File.ReadAllText(page)).Links.Count) > 100);
    }

    [Fact]
    public void The_check_reports_a_missing_file_and_a_missing_anchor()
    {
        var page = string.Join(
            "\n",
            "# Title",
            "",
            "See [the format](catalog-format.md#csv) and [the title](#title).",
            "A [missing page](no-such-page.md) and a [missing heading](#no-such-heading),",
            "a [heading of another page that is not there](catalog-format.md#no-such-heading).");

        var problems = Checker.Check(Repository.PathOf("docs", "example.md"), page).ToList();

        Assert.Equal(
            [
                (4, "no-such-page.md", "no such file or folder"),
                (4, "#no-such-heading", "no heading of this page has the anchor #no-such-heading"),
                (5, "catalog-format.md#no-such-heading", "no heading of docs/catalog-format.md has the anchor #no-such-heading"),
            ],
            problems.Select(p => (p.Line, p.Target, p.Reason)));
        Assert.All(problems, p => Assert.Equal("docs/example.md", p.Page));
    }

    [Fact]
    public void The_check_reports_a_malformed_web_address_and_follows_no_web_link()
    {
        var page = "[a](https://learn.microsoft.com/exchange) [b](https//broken) [c](https://) [d](ftp://example.com/file)";

        var problems = Checker.Check(Repository.PathOf("README.md"), page).Select(p => p.Target);

        Assert.Equal(["https//broken", "https://", "ftp://example.com/file"], problems);
    }

    [Fact]
    public void Links_in_code_are_not_links()
    {
        var page = string.Join("\n", "`[a](missing.md)`", "```", "[b](missing.md)", "```", "[c](also-missing.md)");

        var problems = Checker.Check(Repository.PathOf("README.md"), page).ToList();

        Assert.Equal((5, "also-missing.md"), (Assert.Single(problems).Line, problems[0].Target));
    }

    [Theory]
    [InlineData("Catalog format", "catalog-format")]
    [InlineData("IANA's registry, as it is", "ianas-registry-as-it-is")]
    [InlineData("A whole site: --topology", "a-whole-site---topology")]
    [InlineData("In the editor (csharp-ls)", "in-the-editor-csharp-ls")]
    [InlineData("EXP2001: Use the catalog constant", "exp2001-use-the-catalog-constant")]
    [InlineData("snake_case stays", "snake_case-stays")]
    public void A_heading_s_anchor_is_GitHub_s(string heading, string anchor)
    {
        Assert.Equal(anchor, HeadingSlug.Of(heading));
    }

    [Fact]
    public void A_repeated_heading_gets_a_number()
    {
        var anchors = MarkdownPage.Read("# Example\n## Example\n### `Example`\n").Anchors;
        Assert.Equal(["example", "example-1", "example-2"], anchors.Order(System.StringComparer.Ordinal));
    }
}
