using System;
using System.IO;
using System.Linq;
using System.Runtime.Versioning;
using ExchangePorts.Operations.Files;
using ExchangePorts.Tests.Shared;
using ExchangePorts.Tool.Output;
using ExchangePorts.Tool.Tests.Infrastructure;
using Xunit;

namespace ExchangePorts.Tool.Tests.Output;

/// <summary><c>--output</c> writes a file and nothing else: whole or not at all, keeping what it replaces, refusing anything but a file.</summary>
public class OutputTargetTests
{
    private static readonly string[] Firewall = ["firewall", "--role", "Edge", "--allow-any", "--format", "nftables", "-o"];

    [Fact]
    public void A_new_file_is_written_whole_and_dash_is_standard_output()
    {
        using var folder = new TempFolder();
        var run = ToolRunner.Run([.. Firewall, folder.PathOf("edge.nft")]).Succeeded();
        Assert.Empty(run.Output);
        var written = File.ReadAllText(folder.PathOf("edge.nft"));
        Assert.Contains("table inet exchange_ports_edge_in {", written, StringComparison.Ordinal);
        // The same but for the command line in the header.
        static string Body(string text) => string.Join("\n", text.Split('\n').Skip(2));
        Assert.Equal(Body(written), Body(ToolRunner.Run([.. Firewall, "-"]).Succeeded().Output));
        Assert.Equal(["edge.nft"], Directory.GetFiles(folder.Path).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("")]
    [InlineData("/dev/null")]
    [InlineData("/dev/zero")]
    [InlineData("/tmp")]
    [InlineData("/no/such/folder/edge.nft")]
    public void Anything_but_a_file_in_a_folder_that_exists_is_refused_with_exit_code_2(string path)
    {
        var before = Kind(path);
        var run = ToolRunner.Run([.. Firewall, path]);
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("--output: ", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
        Assert.Equal(before, Kind(path));
    }

    [Fact]
    public void A_catalog_the_command_reads_is_not_replaced_by_its_result_under_any_of_its_names()
    {
        using var folder = new TempFolder();
        const string Catalog = "name,port,transport,from,to,fromRoles,toRoles\nSmtp,25,tcp,Internet,Edge,Internet,Edge\n";
        folder.Write("lab.ports.csv", Catalog);
        Assert.Equal(0, Shell.Run("ln", ["-s", folder.PathOf("lab.ports.csv"), folder.PathOf("link.csv")]).ExitCode);
        foreach (var output in new[] { "lab.ports.csv", "./lab.ports.csv", "link.csv" })
        {
            var run = ToolRunner.Run(["firewall", "--role", "Edge", "--allow-any", "--catalog", folder.PathOf("lab.ports.csv"), "-o", folder.PathOf(output)]);
            Assert.Equal(2, run.ExitCode);
            Assert.Contains("is a catalog this command reads", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
            Assert.Equal(Catalog, File.ReadAllText(folder.PathOf("lab.ports.csv")));
        }
    }

    [SystemToolFact("mkfifo")]
    public void A_FIFO_is_refused_at_once_without_waiting_for_a_reader()
    {
        using var folder = new TempFolder();
        var fifo = folder.PathOf("pipe");
        Assert.Equal(0, Shell.Run("mkfifo", [fifo]).ExitCode);
        var run = ToolRunner.Run([.. Firewall, fifo]);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is not a regular file", run.Error, StringComparison.Ordinal);
        Assert.Equal(UnixFile.Kind.Other, UnixFile.Of(fifo).Kind);
    }

    [SystemToolFact("ln")]
    public void A_symbolic_link_is_written_through_to_its_file_and_stays_a_link()
    {
        using var folder = new TempFolder();
        var target = folder.Write("rules.nft", "old");
        var link = folder.PathOf("link.nft");
        File.CreateSymbolicLink(link, target);
        ToolRunner.Run([.. Firewall, link]).Succeeded();
        Assert.Equal(UnixFile.Kind.SymbolicLink, UnixFile.Of(link).Kind);
        Assert.Contains("table inet", File.ReadAllText(target), StringComparison.Ordinal);

        var dangling = folder.PathOf("dangling.nft");
        File.CreateSymbolicLink(dangling, folder.PathOf("missing.nft"));
        var run = ToolRunner.Run([.. Firewall, dangling]);
        Assert.Equal(2, run.ExitCode);
        Assert.False(File.Exists(folder.PathOf("missing.nft")));
    }

    [SystemToolFact("chown", needsRoot: true)]
    public void A_link_another_user_left_in_a_folder_everyone_may_write_is_not_followed()
    {
        using var folder = new TempFolder();
        var victim = folder.Write("victim", "root's own");
        var shared = folder.PathOf("shared");
        Directory.CreateDirectory(shared);
        Assert.Equal(0, Shell.Run("chmod", ["1777", shared]).ExitCode);
        var link = Path.Combine(shared, "edge.ps1");
        File.CreateSymbolicLink(link, victim);
        Assert.Equal(0, Shell.Run("chown", ["-h", "65534:65534", link]).ExitCode);

        var run = ToolRunner.Run([.. Firewall, link]);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("--output: " + link + " is a symbolic link another user made in " + shared + ", a folder everyone may write; it is not followed.", Assert.Single(run.ErrorLines));
        Assert.Equal("root's own", File.ReadAllText(victim));

        // The same link made by this user is followed, as the kernel would follow it.
        Assert.Equal(0, Shell.Run("chown", ["-h", "0:0", link]).ExitCode);
        ToolRunner.Run([.. Firewall, link]).Succeeded();
        Assert.Contains("table inet", File.ReadAllText(victim), StringComparison.Ordinal);
    }

    [SystemToolFact("chown", needsRoot: true)]
    [SupportedOSPlatform("linux")]
    public void A_replaced_file_keeps_its_permissions_and_owner()
    {
        using var folder = new TempFolder();
        var path = folder.Write("rules.nft", "old");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        Assert.True(UnixFile.TryChangeOwner(path, 65534, 65534));

        ToolRunner.Run([.. Firewall, path]).Succeeded();
        var status = UnixFile.Of(path);
        Assert.Equal((0x180, 65534u, 65534u), (status.Mode, status.Owner, status.Group));
        Assert.Contains("table inet", File.ReadAllText(path), StringComparison.Ordinal);
    }

    [SystemToolFact("ln")]
    public void A_file_with_another_hard_link_is_left_alone()
    {
        using var folder = new TempFolder();
        var path = folder.Write("rules.nft", "old");
        Assert.Equal(0, Shell.Run("ln", [path, folder.PathOf("other.nft")]).ExitCode);
        var run = ToolRunner.Run([.. Firewall, path]);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("hard links", run.Error, StringComparison.Ordinal);
        Assert.Equal("old", File.ReadAllText(path));
    }

    [SystemToolFact("mount", needsRoot: true)]
    public void On_a_full_disk_nothing_is_replaced_nothing_is_left_behind_and_the_exit_code_is_3()
    {
        using var folder = new TempFolder();
        Assert.Equal(0, Shell.Run("mount", ["-t", "tmpfs", "-o", "size=16k", "tmpfs", folder.Path]).ExitCode);
        try
        {
            var path = folder.Write("entries.json", "old");
            var run = ToolRunner.Run("list", "--exchange", "2007,2010,2013,2016,2019", "--format", "json", "-o", path);
            Assert.Equal(3, run.ExitCode);
            Assert.StartsWith("error: --output: ", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
            Assert.Equal("old", File.ReadAllText(path));
            Assert.Equal(["entries.json"], Directory.GetFiles(folder.Path).Select(Path.GetFileName));
        }
        finally
        {
            Shell.Run("umount", [folder.Path]);
        }
    }

    private static string Kind(string path) =>
        path.Length == 0 ? "none" : UnixFile.IsSupported ? UnixFile.Of(path).Kind.ToString() : File.Exists(path).ToString();
}
