using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace PSExchangePorts.Tests;

/// <summary>Each Pester file of Pester/ against the installed module: every It must pass, and at least one must run.</summary>
[Collection(ModuleCollection.Collection)]
public class PesterTests(InstalledModule module)
{
    public static TheoryData<string> Files => new(
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Pester"), "*.Tests.ps1").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Files))]
    public void Passes(string file)
    {
        var run = module.RunFile(Path.Combine(AppContext.BaseDirectory, "Pester", "Invoke-PesterFile.ps1"), TimeSpan.FromMinutes(8), Path.Combine(AppContext.BaseDirectory, "Pester", file));
        var summary = Regex.Match(run.Output, @"^PESTER passed=(\d+) failed=(\d+) skipped=(\d+) notrun=(\d+)", RegexOptions.Multiline);
        Assert.True(summary.Success, "Pester did not report:\n" + run.Output + run.Error);
        Assert.True(run.ExitCode == 0 && summary.Groups[2].Value == "0" && summary.Groups[3].Value == "0" && summary.Groups[4].Value == "0", run.Output + run.Error);
        Assert.True(int.Parse(summary.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) > 0, "No test ran:\n" + run.Output);
    }
}
