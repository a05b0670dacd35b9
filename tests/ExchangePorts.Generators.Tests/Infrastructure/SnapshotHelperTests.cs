using System;
using System.IO;
using Xunit;
using Xunit.Sdk;

namespace ExchangePorts.Generators.Tests.Infrastructure;

/// <summary>The snapshot helper must fail when it should, or every snapshot test proves nothing.</summary>
public sealed class SnapshotHelperTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("snapshots").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Approved => Path.Combine(_folder, "Sample.approved.cs");

    private string Received => Path.Combine(_folder, "Sample.received.cs");

    [Fact]
    public void A_missing_approved_file_fails_and_writes_the_received_one()
    {
        var failure = Assert.Throws<XunitException>(() => Snapshot.Match("class A { }\n", "Sample", _folder, update: false));
        Assert.Contains("No approved snapshot", failure.Message);
        Assert.Equal("class A { }\n", File.ReadAllText(Received));
    }

    [Fact]
    public void A_difference_fails_with_a_line_diff()
    {
        File.WriteAllText(Approved, "line 1\nline 2\nold line\nline 4\n");
        var failure = Assert.Throws<XunitException>(() => Snapshot.Match("line 1\nline 2\nnew line\nline 4\n", "Sample", _folder, update: false));
        Assert.Contains("- old line", failure.Message);
        Assert.Contains("+ new line", failure.Message);
        Assert.Contains("  line 2", failure.Message);
        Assert.True(File.Exists(Received));
    }

    [Fact]
    public void A_match_passes_ignoring_line_endings_and_removes_a_stale_received_file()
    {
        File.WriteAllText(Approved, "a\r\nb\r\n");
        File.WriteAllText(Received, "stale");
        Snapshot.Match("a\nb\n", "Sample", _folder, update: false);
        Assert.False(File.Exists(Received));
    }

    [Fact]
    public void Update_accepts_the_output_as_approved()
    {
        File.WriteAllText(Approved, "old\n");
        Snapshot.Match("new\n", "Sample", _folder, update: true);
        Assert.Equal("new\n", File.ReadAllText(Approved));
    }

    [Fact]
    public void The_generator_version_is_scrubbed_so_a_version_bump_keeps_the_snapshot()
    {
        var attribute = "[GeneratedCode(\"ExchangePorts.Generators\", \"" + ExchangePorts.Generators.Emit.GeneratorInfo.Version + "\")]\n";
        File.WriteAllText(Approved, "[GeneratedCode(\"ExchangePorts.Generators\", \"" + Snapshot.VersionPlaceholder + "\")]\n");
        Snapshot.Match(attribute, "Sample", _folder, update: false);

        // Another version in the output is a difference all the same.
        Assert.Throws<XunitException>(() => Snapshot.Match(attribute.Replace(ExchangePorts.Generators.Emit.GeneratorInfo.Version, "9.9.9.9", System.StringComparison.Ordinal), "Sample", _folder, update: false));
    }
}
