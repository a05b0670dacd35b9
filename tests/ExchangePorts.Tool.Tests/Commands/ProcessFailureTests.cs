using System;
using System.IO;
using System.Linq;
using ExchangePorts.Tool.Tests.Infrastructure;
using Xunit;

namespace ExchangePorts.Tool.Tests.Commands;

/// <summary>
/// What only a process of its own meets: a reader that goes away, a closed standard output, few file descriptors,
/// paths the system refuses. Each is one line on standard error and an exit code, never a stack trace or a success.
/// </summary>
public class ProcessFailureTests
{
    [Fact]
    public void A_reader_that_goes_away_is_exit_code_3_not_a_success()
    {
        // Larger than a pipe holds, so that the tool is still writing when head has gone.
        using var folder = new TempFolder();
        var (_, output, _) = ToolProcess.Sh("cd " + ToolProcess.Quote(folder.Path) + " && ( \"$TOOL\" list --format json --exchange 2007,2010,2013,2016,2019 2>err; echo $? >code ) | head -c 10 >/dev/null; cat code err");
        var lines = Lines(output);
        Assert.Equal(["3", "error: standard output cannot be written: Broken pipe"], lines);
    }

    [Fact]
    public void A_closed_standard_output_is_exit_code_3()
    {
        var (exit, output, error) = ToolProcess.Sh("exec \"$TOOL\" list >&-");
        Assert.Equal(3, exit);
        Assert.Empty(output);
        Assert.StartsWith("error: standard output cannot be written: ", Assert.Single(Lines(error)), StringComparison.Ordinal);
    }

    [Fact]
    public void Dev_stdout_as_the_output_file_appends_where_standard_output_appends()
    {
        using var folder = new TempFolder();
        var log = folder.PathOf("log");
        File.WriteAllText(log, "first\n");
        var (exit, _, error) = ToolProcess.Sh("\"$TOOL\" find 25 -o /dev/stdout >> " + ToolProcess.Quote(log));
        Assert.True(exit == 0, error);
        var text = File.ReadAllText(log);
        Assert.StartsWith("first\n", text, StringComparison.Ordinal);
        Assert.Contains("25", text[6..], StringComparison.Ordinal);
    }

    [Fact]
    public void Written_into_a_file_the_shell_also_writes_it_neither_overwrites_the_other()
    {
        // The tool and the shell share one open file: the tool must write at the file's offset and move it.
        using var folder = new TempFolder();
        var file = folder.PathOf("out.txt");
        var (exit, _, error) = ToolProcess.Sh("{ echo before; \"$TOOL\" find 50636; echo after; } > " + ToolProcess.Quote(file));
        Assert.True(exit == 0, error);
        var lines = File.ReadAllLines(file);
        Assert.Equal("before", lines[0]);
        Assert.Contains(lines, line => line.Contains("EdgeSync.SecureLdap", StringComparison.Ordinal));
        Assert.Equal("after", lines[^1]);
    }

    [Fact]
    public void Few_file_descriptors_are_one_line_and_exit_code_4_at_every_limit_the_runtime_starts_with()
    {
        foreach (var limit in Enumerable.Range(22, 40))
        {
            var (exit, output, error) = ToolProcess.Sh("ulimit -n " + limit + " && exec \"$TOOL\" list --format json");
            if (exit == 0)
            {
                Assert.StartsWith("{", output, StringComparison.Ordinal);
                continue;
            }

            // With the descriptors a parent left open, the .NET runtime itself may not start: it cannot load its
            // compiler and stops before any code of the tool, which then has nothing to say.
            if (RuntimeCouldNotStart.IsMatch(error))
            {
                continue;
            }

            Assert.True(exit == 4, "ulimit -n " + limit + ": exit " + exit + "\n" + error);
            Assert.StartsWith("error: ", Assert.Single(Lines(error)), StringComparison.Ordinal);
        }
    }

    private static readonly System.Text.RegularExpressions.Regex RuntimeCouldNotStart = new(@"\A(Failed to create CoreCLR|Fatal error\.\s+Failed to load JIT compiler)");

    [Theory]
    [InlineData("ln -s loop2 loop1 && ln -s loop1 loop2 && exec \"$TOOL\" list --catalog loop1", "--catalog: ", "cannot be read: too many levels of symbolic links")]
    [InlineData("ln -s loop2 loop1 && ln -s loop1 loop2 && exec \"$TOOL\" list -o loop1/x.json", "--output: loop1/x.json cannot be written: too many levels of symbolic links", "")]
    [InlineData("exec \"$TOOL\" list --catalog @/dev/zero", "--catalog: ", "@/dev/zero does not exist.")]
    [InlineData("exec \"$TOOL\" list --catalog /proc/self/pagemap", "--catalog: /proc/self/pagemap is longer than 256 MB", "")]
    [InlineData("exec \"$TOOL\" list --catalog \"$(printf 'a%.0s' $(seq 300))\".ports.csv", "--catalog: ", "cannot be read: the file name is too long")]
    public void A_path_the_system_refuses_is_one_line_and_exit_code_2(string script, string starts, string ends)
    {
        using var folder = new TempFolder();
        var (exit, _, error) = ToolProcess.Sh("cd " + ToolProcess.Quote(folder.Path) + " && " + script);
        Assert.True(exit == 2, error);
        var line = Assert.Single(Lines(error));
        Assert.StartsWith(starts, line, StringComparison.Ordinal);
        Assert.EndsWith(ends, line, StringComparison.Ordinal);
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
