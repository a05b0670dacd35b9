using System;
using System.IO;
using ExchangePorts.Tool.Output;
using ExchangePorts.Tool.Tests.Infrastructure;
using Xunit;

namespace ExchangePorts.Tool.Tests.Commands;

/// <summary>Every bad input is one line on standard error and exit code 2, with nothing written; a result that cannot be written is exit code 3.</summary>
public class BadInputTests
{
    [Theory]
    [InlineData("list --catalog", "")]
    [InlineData("list --catalog /dev/zero", "is not a regular file")]
    [InlineData("list --catalog /tmp", "is a folder")]
    [InlineData("list --catalog /no/such.ports.csv", "does not exist")]
    [InlineData("probe --host 127.0.0.1 --role Edge --timeout 500", "--timeout: '500' is not a time with its unit")]
    [InlineData("probe --host 127.0.0.1 --role Edge --timeout 0s", "--timeout: '0s' is not a time")]
    [InlineData("probe --host 127.0.0.1 --role Edge --timeout 601s", "--timeout: '601s' is not a time")]
    [InlineData("probe --host 127.0.0.1 --role Edge --timeout 1e3ms", "--timeout")]
    [InlineData("probe --host 127.0.0.1 --role Edge --parallel 5000", "--parallel: '5000' is not a number from 1 to 4096.")]
    [InlineData("probe --host a..b --role Edge", "--host: 'a..b' is not a host name or an IP address.")]
    [InlineData("probe --host 127.0.0.1", "--role: give the role of the hosts probed")]
    [InlineData("probe --host 127.0.0.1 --role Edge --topology /tmp/x.json", "Give either --host HOST (repeatable) or --topology FILE.")]
    [InlineData("find -5", "")]
    [InlineData("find 0", "PORT: '0' is not a port")]
    [InlineData("find 70000", "PORT: '70000' is not a port")]
    [InlineData("list --port 0", "--port: '0' is not a port")]
    [InlineData("list --to Edgee", "'Edgee' is not a role")]
    [InlineData("list --exchange 2020", "--exchange: '2020' is not a shipped catalog")]
    [InlineData("firewall --role Edge --allow Mailbox=10.1", "--allow Mailbox: '10.1' is not an address")]
    [InlineData("firewall --role Edge --allow-any -o", "")]
    [InlineData("list --bogus", "Unrecognized command or argument '--bogus'")]
    [InlineData("bogus", "Unrecognized command or argument 'bogus'")]
    [InlineData("firewall --role Local --allow-any", "--role: Local is the server itself")]
    public void Bad_input_is_one_line_and_exit_code_2(string arguments, string message)
    {
        var run = ToolRunner.Run(arguments.Split(' '));
        Assert.True(run.ExitCode == 2, arguments + ": exit code " + run.ExitCode + "\n" + run.Error);
        var line = Assert.Single(run.ErrorLines);
        Assert.Contains(message, line, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }

    [Theory]
    [InlineData("")]
    [InlineData("x")]
    public void An_empty_or_missing_option_value_is_named(string value)
    {
        var run = ToolRunner.Run(value.Length == 0 ? ["list", "--catalog", string.Empty] : ["list", "--output", string.Empty]);
        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.ErrorLines);
    }

    [Fact]
    public void A_FIFO_with_no_writer_is_refused_at_once_not_waited_for()
    {
        using var folder = new TempFolder();
        var fifo = folder.PathOf("catalog.ports.csv");
        Assert.Equal(0, Shell.Run("mkfifo", [fifo]).ExitCode);
        var run = ToolRunner.Run("list", "--catalog", fifo);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is not a regular file", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
        var topology = ToolRunner.Run("probe", "--topology", fifo, "--from", "Mailbox");
        Assert.Equal(2, topology.ExitCode);
    }

    [Fact]
    public void A_catalog_over_256_MB_is_refused_without_being_read()
    {
        using var folder = new TempFolder();
        var path = folder.PathOf("huge.ports.csv");
        using (var file = File.Create(path))
        {
            file.SetLength((256L * 1024 * 1024) + 1);
        }

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var run = ToolRunner.Run("list", "--catalog", path);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is 268,435,457 bytes; a file may be at most 256 MB (268,435,456 bytes).", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), "it read the file: " + watch.Elapsed);
    }

    [Fact]
    public void A_topology_that_names_a_role_twice_in_any_case_names_it()
    {
        using var folder = new TempFolder();
        var path = folder.Write("site.json", "{ \"Edge\": \"edge01\", \"edge\": [\"edge02\"] }");
        var run = ToolRunner.Run("probe", "--topology", path, "--from", "Mailbox");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("--topology: the role 'edge' is given twice (as 'Edge' too); list all its hosts under one key.", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void An_output_file_name_longer_than_a_file_system_takes_is_refused_before_the_work()
    {
        using var folder = new TempFolder();
        var run = ToolRunner.Run("list", "-o", folder.PathOf(new string('a', 252) + ".json"));
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("--output: the file name is 257 bytes long; a file system takes at most 255.", Assert.Single(run.ErrorLines));
        Assert.Empty(Directory.GetFiles(folder.Path));
    }

    [Theory]
    [InlineData("list")]
    [InlineData("list --format json")]
    [InlineData("diagram")]
    [InlineData("firewall --role Edge --allow-any")]
    [InlineData("--help")]
    public void Standard_output_that_cannot_be_written_is_one_line_and_exit_code_3(string arguments)
    {
        using var error = new StringWriter();
        var exitCode = ToolCommandLine.Run(arguments.Split(' '), new ToolConsole(new FullDisk(), error, outputIsTerminal: false, errorIsTerminal: false));
        Assert.Equal(3, exitCode);
        var lines = error.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("error: standard output cannot be written: No space left on device", Assert.Single(lines, l => !l.StartsWith("note: ", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_catalog_written_as_CSV_from_two_versions_says_which_row_it_merges_when_read_back()
    {
        using var folder = new TempFolder();
        var path = folder.PathOf("both.ports.csv");
        ToolRunner.Run("list", "--exchange", "2007,2019", "--format", "csv", "-o", path).Succeeded();
        var run = ToolRunner.Run("list", "--catalog", path).Succeeded();
        Assert.Contains(run.ErrorLines, line => line.Contains("warning EXP1023: The row 'SecureLdap' is merged into the entry 'EdgeSync.SecureLdap'", StringComparison.Ordinal));
    }

    /// <summary>Standard output on a full disk, as <c>/dev/full</c> is.</summary>
    private sealed class FullDisk : StringWriter
    {
        public override void Write(char value) => throw new IOException("No space left on device");

        public override void Write(string? value) => throw new IOException("No space left on device");

        public override void Write(char[] buffer, int index, int count) => throw new IOException("No space left on device");

        public override void WriteLine(string? value) => throw new IOException("No space left on device");
    }
}
