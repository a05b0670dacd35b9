using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ExchangePorts.Generators.Tests.Infrastructure;
using Xunit;

namespace ExchangePorts.Generators.Tests.Architecture;

/// <summary>
/// Code comments and docs speak of the product: a reader of this repository has no issue tracker and no
/// log of work sessions to look things up in.
/// </summary>
public class RepositoryTextTests
{
    // "issue 15", "issues 11 to 16", "#12", "this session", "the fifth session"; but PowerShell's own sessions
    // (a remote session, a GPO session, the caller's session) are product text.
    private static readonly Regex ProjectHistory = new(@"\bissues? #?\d+|(?<!\b(?:remote|GPO|caller's|your|PowerShell) )\bsessions?\b|(?<![\w&])#\d{1,3}\b", RegexOptions.IgnoreCase | RegexOptions.Compiled);

    [Fact]
    public void No_source_or_doc_file_speaks_of_issues_or_sessions()
    {
        var mentions = new[] { "src", "docs" }
            .SelectMany(folder => Directory.GetFiles(Path.Combine(RepositoryPaths.Root, folder), "*", SearchOption.AllDirectories))
            .Append(Path.Combine(RepositoryPaths.Root, "README.md"))
            .Append(Path.Combine(RepositoryPaths.Root, "CONTRIBUTING.md"))
            .Where(file => !file.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal) &&
                           !file.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal) &&
                           Path.GetExtension(file) is ".cs" or ".md" or ".props" or ".targets" or ".csproj")
            .SelectMany(file => File.ReadAllLines(file)
                .Select((line, index) => (line, index))
                .Where(l => ProjectHistory.IsMatch(l.line))
                .Select(l => Path.GetRelativePath(RepositoryPaths.Root, file) + ":" + (l.index + 1) + ": " + l.line.Trim()))
            .ToList();

        Assert.Empty(mentions);
    }

    [Theory]
    [InlineData("the garbage collector paid for it (issue 15)")]
    [InlineData("after issues 11 to 16")]
    [InlineData("measured this session")]
    [InlineData("in the last session's note")]
    [InlineData("see #12")]
    public void The_check_sees_project_history(string text) => Assert.Matches(ProjectHistory, text);

    [Theory]
    [InlineData("C# 7.3")]
    [InlineData("&#13;&#10;")]
    [InlineData("50636/TCP (SSL), issued by the CA")]
    [InlineData("a job's or a remote session's copy")]
    [InlineData("A GPO session from Open-NetGPO")]
    [InlineData("found by name in your session")]
    public void The_check_passes_product_text(string text) => Assert.DoesNotMatch(ProjectHistory, text);
}
