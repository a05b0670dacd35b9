using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace ExchangePorts.Operations.Tests.Documentation;

/// <summary>
/// What a Markdown page offers and points at, as GitHub reads it: the anchors of its headings (and of
/// <c>&lt;a id&gt;</c> and <c>&lt;a name&gt;</c> elements), and its links: inline ones and images, reference
/// definitions and autolinks. Code, fenced or inline, holds neither.
/// </summary>
internal sealed class MarkdownPage
{
    // An ATX heading: '#' to '######', its text, and an optional closing run of '#'.
    private static readonly Regex Heading = new(@"^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$", RegexOptions.Compiled);

    private static readonly Regex HtmlAnchor = new(@"<a\s+(?:id|name)\s*=\s*""([^""]+)""", RegexOptions.Compiled | RegexOptions.IgnoreCase);

    // A code span: a run of backticks, then anything up to the same run (not across a blank line).
    private static readonly Regex CodeSpan = new(@"(`+)(?:(?!\n[ \t]*\n)[\s\S])*?(?<!`)\1(?!`)", RegexOptions.Compiled);

    // [text](target) or ![alt](target), the target optionally in <> and followed by a title.
    private static readonly Regex InlineLink = new(@"\[(?:[^\[\]]|\[[^\[\]]*\])*\]\(\s*(<[^>\n]*>|[^\s()]*(?:\([^\s()]*\)[^\s()]*)*)(?:\s+(?:""[^""]*""|'[^']*'))?\s*\)", RegexOptions.Compiled);

    private static readonly Regex ReferenceDefinition = new(@"^ {0,3}\[[^\]]+\]:\s*(\S+)", RegexOptions.Compiled | RegexOptions.Multiline);

    private static readonly Regex Autolink = new(@"<((?:https?|mailto):[^\s<>]*)>", RegexOptions.Compiled | RegexOptions.IgnoreCase);

    // Markup a heading's text loses on the way to its anchor: links keep their text, code and emphasis their content.
    private static readonly Regex HeadingLink = new(@"!?\[([^\]]*)\]\([^)]*\)", RegexOptions.Compiled);

    private MarkdownPage(IReadOnlySet<string> anchors, IReadOnlyList<MarkdownLink> links)
    {
        Anchors = anchors;
        Links = links;
    }

    /// <summary>Every anchor a link to this page may name.</summary>
    public IReadOnlySet<string> Anchors { get; }

    public IReadOnlyList<MarkdownLink> Links { get; }

    public static MarkdownPage Read(string text)
    {
        var prose = WithoutFencedCode(text.Replace("\r\n", "\n", StringComparison.Ordinal));

        var slugs = new HeadingSlug();
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in prose.Split('\n'))
        {
            if (Heading.Match(line) is { Success: true } heading)
            {
                anchors.Add(slugs.Next(HeadingText(heading.Groups[1].Value)));
            }
        }

        foreach (Match anchor in HtmlAnchor.Matches(prose))
        {
            anchors.Add(anchor.Groups[1].Value);
        }

        // A code span becomes spaces of its length (line ends kept), so that positions keep their lines.
        var withoutCode = CodeSpan.Replace(prose, span => new string(span.Value.Select(c => c == '\n' ? '\n' : ' ').ToArray()));
        var links = InlineLink.Matches(withoutCode).Select(m => Link(withoutCode, m.Groups[1]))
            .Concat(ReferenceDefinition.Matches(withoutCode).Select(m => Link(withoutCode, m.Groups[1])))
            .Concat(Autolink.Matches(withoutCode).Select(m => Link(withoutCode, m.Groups[1])))
            .OrderBy(link => link.Line)
            .ToList();

        return new MarkdownPage(anchors, links);
    }

    private static MarkdownLink Link(string text, Group target)
    {
        var value = target.Value;
        if (value.StartsWith('<') && value.EndsWith('>'))
        {
            value = value[1..^1];
        }

        return new MarkdownLink(value, text.AsSpan(0, target.Index).Count('\n') + 1);
    }

    private static string HeadingText(string markdown)
    {
        var text = HeadingLink.Replace(markdown, link => link.Groups[1].Value);
        return text.Replace("`", string.Empty, StringComparison.Ordinal).Replace("*", string.Empty, StringComparison.Ordinal);
    }

    /// <summary>The text with every line of a fenced code block (``` or ~~~) blanked, so that line numbers stay.</summary>
    private static string WithoutFencedCode(string text)
    {
        var result = new StringBuilder(text.Length);
        string? fence = null;
        foreach (var line in text.Split('\n'))
        {
            var trimmed = line.TrimStart(' ');
            var opening = trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal)
                ? new string(trimmed[0], trimmed.TakeWhile(c => c == trimmed[0]).Count())
                : null;
            if (fence is null && opening is not null)
            {
                fence = opening;
                result.Append('\n');
            }
            else if (fence is not null)
            {
                if (opening is not null && opening.Length >= fence.Length && opening[0] == fence[0] && trimmed.Trim().Length == opening.Length)
                {
                    fence = null;
                }

                result.Append('\n');
            }
            else
            {
                result.Append(line).Append('\n');
            }
        }

        return result.ToString(0, Math.Max(0, result.Length - 1));
    }
}
