using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace ExchangePorts.Operations.Tests.Documentation;

/// <summary>
/// Checks the links of Markdown pages of a repository as GitHub follows them: a relative link names a file or folder
/// of the repository (relative to the page, or to the root when it starts with <c>/</c>), and its <c>#anchor</c>, or a
/// link to an anchor of the page itself, names a heading of the Markdown page it leads to. Web links are not followed
/// (there may be no network); they must be well-formed absolute http(s) addresses.
/// </summary>
internal sealed class LinkChecker(string root)
{
    private static readonly Regex Scheme = new(@"^[A-Za-z][A-Za-z0-9+.\-]*:", RegexOptions.Compiled);

    private readonly string _root = Path.GetFullPath(root);

    private readonly Dictionary<string, MarkdownPage> _pages = new(StringComparer.Ordinal);

    /// <summary>The problems of every link of a page, given its path and text (which need not be on disk).</summary>
    public IEnumerable<LinkProblem> Check(string pagePath, string text)
    {
        var page = Path.GetFullPath(pagePath);
        var name = Path.GetRelativePath(_root, page).Replace('\\', '/');
        var read = MarkdownPage.Read(text);
        foreach (var link in read.Links)
        {
            if (Problem(page, read, link.Target) is { } reason)
            {
                yield return new LinkProblem(name, link.Line, link.Target, reason);
            }
        }
    }

    private string? Problem(string page, MarkdownPage self, string target)
    {
        if (Scheme.IsMatch(target))
        {
            return WebProblem(target);
        }

        var hash = target.IndexOf('#', StringComparison.Ordinal);
        var path = Uri.UnescapeDataString(hash < 0 ? target : target[..hash]);
        var anchor = hash < 0 ? null : target[(hash + 1)..];
        if (path.Length == 0)
        {
            return anchor is null ? "an empty link" : AnchorProblem(self, anchor, "this page");
        }

        var resolved = Path.GetFullPath(path.StartsWith('/') ? Path.Combine(_root, path.TrimStart('/')) : Path.Combine(Path.GetDirectoryName(page)!, path));
        if (resolved != _root && !resolved.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return "leads outside the repository";
        }

        if (Directory.Exists(resolved))
        {
            return anchor is null ? null : "an anchor on a folder";
        }

        if (!File.Exists(resolved))
        {
            return "no such file or folder";
        }

        // Anchors into other files (a source file's #L12) are GitHub's own; only a Markdown page's are headings.
        return anchor is not null && resolved.EndsWith(".md", StringComparison.OrdinalIgnoreCase)
            ? AnchorProblem(PageAt(resolved), anchor, Path.GetRelativePath(_root, resolved).Replace('\\', '/'))
            : null;
    }

    private static string? AnchorProblem(MarkdownPage page, string anchor, string where) =>
        page.Anchors.Contains(Uri.UnescapeDataString(anchor))
            ? null
            : "no heading of " + where + " has the anchor #" + anchor;

    private static string? WebProblem(string target)
    {
        if (!target.StartsWith("http://", StringComparison.OrdinalIgnoreCase) && !target.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            return "not a relative link and not an http(s) address";
        }

        return Uri.TryCreate(target, UriKind.Absolute, out var uri) && uri.Host.Length > 0 && uri.Host.Contains('.', StringComparison.Ordinal) && !target.Any(char.IsWhiteSpace)
            ? null
            : "not a well-formed web address";
    }

    private MarkdownPage PageAt(string path)
    {
        if (!_pages.TryGetValue(path, out var page))
        {
            page = MarkdownPage.Read(File.ReadAllText(path));
            _pages[path] = page;
        }

        return page;
    }
}
