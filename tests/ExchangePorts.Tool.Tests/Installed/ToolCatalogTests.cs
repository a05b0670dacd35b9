using System.IO;
using System.Linq;
using System.Text.Json;
using ExchangePorts.Generators.Catalog;
using ExchangePorts.Tests.Shared;
using ExchangePorts.Tool.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ExchangePorts.Tool.Tests.Installed;

/// <summary><c>list</c> and <c>find</c> from the installed tool, and what a broken catalog or a bad command line gets.</summary>
[Collection(ToolCollection.Collection)]
public class ToolCatalogTests(InstalledTool tool)
{
    [Fact]
    public void Find_names_the_EdgeSync_entry_of_2007_on_50636()
    {
        var run = tool.Run("find 50636 --exchange 2007");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("EdgeSync.SecureLdap", run.Output.Replace("\n", string.Empty, System.StringComparison.Ordinal).Replace(" ", string.Empty, System.StringComparison.Ordinal).Replace("│", string.Empty, System.StringComparison.Ordinal));
        Assert.Contains("1 entry", run.Output);
        Assert.DoesNotContain("\u001b[", run.Output);
    }

    [Fact]
    public void Find_by_name_and_a_port_inside_a_range()
    {
        var byName = tool.Run("find exchange2019ports.edgesync.secureldap --exchange 2019 --format csv");
        Assert.Equal(0, byName.ExitCode);
        Assert.Equal(2, byName.Output.Split('\n', System.StringSplitOptions.RemoveEmptyEntries).Length);

        var inRange = tool.Run("find 40000 --exchange 2016 --format json");
        Assert.Equal(0, inRange.ExitCode);
        using var json = JsonDocument.Parse(inRange.Output);
        Assert.Equal("UnifiedMessaging.Rtp", Assert.Single(json.RootElement.GetProperty("entries").EnumerateArray()).GetProperty("qualifiedName").GetString());

        var none = tool.Run("find 5999 --exchange 2019");
        Assert.Equal(1, none.ExitCode);
        Assert.Equal("No entry of these catalogs is on or named '5999'.", Assert.Single(none.ErrorLines));
    }

    [Fact]
    public void IANA_s_registry_is_a_catalog_too_and_every_written_name_finds_its_entry()
    {
        var registry = Repository.PathOf("tests", "ExchangePorts.Generators.Tests", "Registry", "iana.ports.csv");
        var alias = tool.Run("find z39.50 --catalog \"" + registry + "\" --format json");
        Assert.Equal(0, alias.ExitCode);
        using var json = JsonDocument.Parse(alias.Output);
        var entry = Assert.Single(json.RootElement.GetProperty("entries").EnumerateArray());
        Assert.Equal(("IanaPorts", "Z3950", 210), (entry.GetProperty("catalog").GetString(), entry.GetProperty("name").GetString(), entry.GetProperty("port").GetInt32()));
        Assert.Empty(alias.Error);
    }

    [Fact]
    public void List_JSON_has_the_documented_shape()
    {
        var run = tool.Run("list --exchange 2019 --to Edge --format json");
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var entries = json.RootElement.GetProperty("entries").EnumerateArray().ToList();
        Assert.NotEmpty(entries);
        Assert.All(entries, e => Assert.Contains("Edge", e.GetProperty("toRoles").EnumerateArray().Select(r => r.GetString())));
        var edgeSync = entries.Single(e => e.GetProperty("qualifiedName").GetString() == "EdgeSync.SecureLdap");
        Assert.Equal(
            ["catalog", "group", "name", "qualifiedName", "writtenName", "port", "lastPort", "transports", "from", "to", "fromRoles", "toRoles", "service", "security", "description", "source", "notes"],
            edgeSync.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("Exchange2019Ports", 50636, "tcp", "Mailbox"), (edgeSync.GetProperty("catalog").GetString(), edgeSync.GetProperty("port").GetInt32(), edgeSync.GetProperty("transports")[0].GetString(), edgeSync.GetProperty("fromRoles")[0].GetString()));
    }

    [Fact]
    public void List_CSV_reads_back_as_a_catalog_with_the_same_entries()
    {
        var run = tool.Run("list --exchange 2016 --format csv");
        Assert.Equal(0, run.ExitCode);
        var listed = tool.Run("list --exchange 2016 --format json");
        var parsed = CatalogParser.Parse("/p/exported.ports.csv", run.Output);

        Assert.Empty(parsed.Diagnostics.Where(d => d.Severity == ExchangePorts.Generators.Common.RuleSeverity.Error).Select(d => d.ToString()));
        using var json = JsonDocument.Parse(listed.Output);
        Assert.Equal(json.RootElement.GetProperty("entries").GetArrayLength(), parsed.Spec!.Entries.Count);
        Assert.Contains(parsed.Spec.Entries, e => e.Name == "Rtp" && e.Port == 1024 && e.LastPort == 65535 && e.FromRoles == "VoipGateway");
    }

    [Fact]
    public void JSON_keeps_quotes_backslashes_control_characters_and_every_script_as_the_catalog_wrote_them()
    {
        using var folder = new TempFolder();
        const string Description = "Say \"hi\" to C:\\Exchange\tnow\nthen: caf\u00e9, \u65e5\u672c, \U0001F600, <b>&'+";
        var csvField = "\"" + Description.Replace("\"", "\"\"", System.StringComparison.Ordinal) + "\"";
        folder.Write("text.ports.csv", "name,port,transport,description\nWeb,443,tcp," + csvField + "\n");

        var run = tool.Run("list --catalog text.ports.csv --format json", folder.Path);

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal(Description, json.RootElement.GetProperty("entries")[0].GetProperty("description").GetString());
        Assert.Contains("caf\u00e9, \u65e5\u672c, \U0001F600, <b>&'+", run.Output, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_and_filters()
    {
        var run = tool.Run("list --exchange 2019 --port 25 --from Edge --format markdown");
        Assert.Equal(0, run.ExitCode);
        var rows = run.Output.Split('\n', System.StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("| Entry | Port |", rows[0], System.StringComparison.Ordinal);
        Assert.All(rows.Skip(2), row => Assert.Contains("| 25 |", row));
        Assert.Contains(rows, row => row.Contains("Exchange2019Ports.EdgeToInternet.Smtp", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_broken_catalog_gets_the_build_s_diagnostic_with_file_and_line_and_exit_code_2()
    {
        using var folder = new TempFolder();
        folder.Write("broken.ports.csv", "group,name,port,transport\nWeb,Https,70000,tcp\n");
        var run = tool.Run("list --catalog broken.ports.csv", folder.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(
            folder.PathOf("broken.ports.csv") + "(2,11): error EXP1007: '70000' is not a valid port: use a whole number from 1 to 65535, or a range such as 1024-65535",
            Assert.Single(run.ErrorLines));
        Assert.Empty(run.Output);
        run.AssertNoStackTrace();
    }

    [Theory]
    [InlineData("list --catalog missing.ports.csv", "missing.ports.csv does not exist.")]
    [InlineData("list --exchange 2021", "--exchange: '2021' is not a shipped catalog; use 2007, 2010, 2013, 2016, 2019, SE.")]
    [InlineData("list --format yaml", "error: ")]
    [InlineData("list --port 70000", "--port: '70000' is not a port; use a whole number from 1 to 65535.")]
    [InlineData("find 0", "PORT: '0' is not a port; use a whole number from 1 to 65535.")]
    [InlineData("frobnicate", "error: ")]
    [InlineData("list --exchange", "error: ")]
    public void Bad_input_is_one_clear_message_and_exit_code_2(string arguments, string message)
    {
        var run = tool.Run(arguments);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error);
        Assert.Empty(run.Output);
        run.AssertNoStackTrace();
    }

    [Theory]
    [InlineData("exec \"$TOOL\" list >&-", 3, "error: standard output cannot be written: it was closed when the tool started")]
    [InlineData("exec \"$TOOL\" list --bogus 2>&-", 2, "")]
    [InlineData("exec \"$TOOL\" diagram -o out.mmd 2>&- && test -s out.mmd", 0, "")]
    public void A_closed_standard_stream_is_not_replaced_by_the_runtime_s_own_files(string script, int exitCode, string error)
    {
        // Native code keeps a copy of standard error under the lowest free number: with standard output closed that
        // is 1, and "standard output" would be written to standard error.
        using var folder = new TempFolder();
        var (exit, output, printed) = Shell.Run("sh", ["-c", "cd '" + folder.Path + "' && TOOL='" + tool.Executable + "'; " + script]);
        Assert.True(exit == exitCode, script + ": exit " + exit + "\n" + printed);
        Assert.Empty(output);
        Assert.Equal(error, printed.TrimEnd('\n'));
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("list --help")]
    [InlineData("find --help")]
    [InlineData("diagram --help")]
    [InlineData("firewall --help")]
    [InlineData("probe --help")]
    public void Help_has_examples(string arguments)
    {
        var run = tool.Run(arguments);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Examples:", run.Output);
    }
}
