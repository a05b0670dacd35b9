using System.IO;
using System.Linq;
using System.Text.Json;
using ExchangePorts.Probe.Tests;
using ExchangePorts.Tests.Shared;
using ExchangePorts.Tool.Tests.Infrastructure;
using Xunit;

namespace ExchangePorts.Tool.Tests.Installed;

/// <summary><c>probe</c> from the installed tool against real sockets on loopback.</summary>
[Collection(ToolCollection.Collection)]
public class ToolProbeTests(InstalledTool tool)
{
    [Fact]
    public void A_user_catalog_probed_as_JSON_has_a_result_per_entry_with_its_verdict_and_time()
    {
        using var hosts = new LoopbackHosts();
        using var folder = new TempFolder();
        var open = hosts.Open();
        var closed = LoopbackHosts.Closed();
        var filtered = hosts.Filtered();
        folder.Write("my.ports.csv", $"group,name,port,transport\nWeb,Up,{open},tcp\nWeb,Down,{closed},tcp\nWeb,Dropped,{filtered},tcp\nMedia,Rtp,1024-65535,udp\nVoice,Sip,5060,udp\n");

        var run = tool.Run("probe --host 127.0.0.1 --catalog my.ports.csv --format json --timeout 500ms", folder.Path);

        Assert.Equal(1, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        Assert.Equal(["host", "cancelled", "milliseconds", "summary", "results"], root.EnumerateObject().Select(p => p.Name));
        var results = root.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(
            ["Web.Up open", "Web.Down closed", "Web.Dropped filtered", "Media.Rtp not probed", "Voice.Sip not probed"],
            results.Select(r => r.GetProperty("qualifiedName").GetString() + " " + r.GetProperty("verdict").GetString()));
        Assert.All(results, r => Assert.Equal(["host", "catalog", "qualifiedName", "entries", "port", "transport", "verdict", "milliseconds", "detail", "serviceAnswered"], r.EnumerateObject().Select(p => p.Name)));
        Assert.Equal(["MyPorts.Web.Up"], results[0].GetProperty("entries").EnumerateArray().Select(e => e.GetString()));
        Assert.InRange(results[2].GetProperty("milliseconds").GetInt64(), 400, 3000);
        Assert.Equal(1, root.GetProperty("summary").GetProperty("open").GetInt32());
        Assert.Equal(2, root.GetProperty("summary").GetProperty("notProbed").GetInt32());
    }

    [Fact]
    public void Every_probed_port_open_is_exit_code_0_and_a_name_that_does_not_resolve_is_unresolved()
    {
        using var hosts = new LoopbackHosts();
        using var folder = new TempFolder();
        folder.Write("up.ports.csv", $"group,name,port,transport\nWeb,Up,{hosts.Open()},tcp\nMedia,Rtp,1024-65535,udp\n");

        var up = tool.Run("probe --host 127.0.0.1 --catalog up.ports.csv", folder.Path);
        Assert.Equal(0, up.ExitCode);
        Assert.Contains("1 open, 1 not probed in ", up.Output);

        var nowhere = tool.Run("probe --host edge01.exchangeports.invalid --catalog up.ports.csv --format json", folder.Path);
        Assert.Equal(1, nowhere.ExitCode);
        using var json = JsonDocument.Parse(nowhere.Output);
        Assert.Equal("unresolved", json.RootElement.GetProperty("results")[0].GetProperty("verdict").GetString());
    }

    [Fact]
    public void A_topology_probes_every_path_from_this_machine_s_role_to_each_host_of_its_destination()
    {
        using var hosts = new LoopbackHosts();
        using var folder = new TempFolder();
        var edgeSmtp = hosts.Open();
        folder.Write("lab.ports.csv", $"group,name,port,transport,fromRoles,toRoles\nToEdge,Smtp,{edgeSmtp},tcp,Mailbox,Edge\nToDc,Ldap,{LoopbackHosts.Closed()},tcp,Mailbox,DomainController\nToMbx,Smtp,{edgeSmtp},tcp,Edge,Mailbox\n");
        folder.Write("site.json", "{ \"Edge\": [\"127.0.0.1\"], \"DomainController\": \"localhost\", // comments are fine\n \"Mailbox\": [] }");

        var run = tool.Run("probe --topology site.json --from Mailbox --catalog lab.ports.csv --format json --timeout 500ms", folder.Path);

        Assert.Equal(1, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal(
            ["127.0.0.1 ToEdge.Smtp open", "localhost ToDc.Ldap closed"],
            json.RootElement.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("host").GetString() + " " + r.GetProperty("qualifiedName").GetString() + " " + r.GetProperty("verdict").GetString()));
    }

    [Theory]
    [InlineData("INT")]
    [InlineData("TERM")]
    [InlineData("HUP")]
    public async System.Threading.Tasks.Task Interrupted_it_stops_at_once_and_prints_what_was_found(string signal)
    {
        using var hosts = new LoopbackHosts();
        using var folder = new TempFolder();
        var open = hosts.Open();
        folder.Write("slow.ports.csv", "name,port,transport\nUp," + open + ",tcp\n" + string.Concat(Enumerable.Range(0, 3).Select(i => "Dropped" + i + "," + hosts.Filtered() + ",tcp\n")));
        // A process started in the background of a shell (as a test run may be) inherits SIGINT ignored, and keeps
        // it so, as POSIX asks: the tool is started with SIGINT at its default, as from a terminal, by a process that
        // then becomes it (exec keeps its id).
        var start = new System.Diagnostics.ProcessStartInfo(
            "python3",
            ["-c", "import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); os.execv(sys.argv[1], sys.argv[1:])",
             tool.Executable, "probe", "--host", "127.0.0.1", "--catalog", "slow.ports.csv", "--timeout", "60s"])
        {
            WorkingDirectory = folder.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        await System.Threading.Tasks.Task.Delay(2000);
        var watch = System.Diagnostics.Stopwatch.StartNew();

        // SIGINT, as Ctrl+C in a terminal sends it; SIGTERM, as a service manager or a CI timeout does; SIGHUP, as a closed terminal does.
        using (var kill = System.Diagnostics.Process.Start("kill", "-" + signal + " " + process.Id))
        {
            kill!.WaitForExit();
        }

        Assert.True(process.WaitForExit(5000), "the probe did not stop within 5 s of SIG" + signal);
        Assert.True(watch.Elapsed < System.TimeSpan.FromSeconds(5));
        Assert.Equal(1, process.ExitCode);
        var printed = await output;
        Assert.Contains("SlowPorts.Up", printed);
        Assert.Contains("Cancelled: 1 open in ", printed);
    }

    [SystemToolFact("script")]
    public void On_a_terminal_a_live_table_shows_the_results_as_they_come_then_the_whole_table_follows()
    {
        using var hosts = new LoopbackHosts();
        using var folder = new TempFolder();
        folder.Write("mix.ports.csv", $"name,port,transport\nUp,{hosts.Open()},tcp\nDown,{LoopbackHosts.Closed()},tcp\nDropped,{hosts.Filtered()},tcp\n");

        // One port at a time, so the filtered port's second keeps the first two results on the live table.
        var (exitCode, screen) = OnTerminal(folder, "xterm-256color", "probe --host 127.0.0.1 --catalog mix.ports.csv --parallel 1 --timeout 1s");

        Assert.Equal(1, exitCode);
        var live = screen.IndexOf("Probing: 2 of 3 ports done: 1 open, 1 closed", System.StringComparison.Ordinal);
        Assert.True(live >= 0, "no live progress line in:\n" + screen);
        Assert.Contains("\u001b[38;5;2mopen", screen, System.StringComparison.Ordinal);
        var summary = screen.IndexOf("1 open, 1 closed, 1 filtered in ", System.StringComparison.Ordinal);
        Assert.True(summary > live, "the whole table does not follow the live one:\n" + screen);
        Assert.Contains("MixPorts.Dropped  ", screen[live..], System.StringComparison.Ordinal);

        // A terminal that cannot redraw gets the whole table only, not a live one it would print again and again.
        var (_, dumb) = OnTerminal(folder, "dumb", "probe --host 127.0.0.1 --catalog mix.ports.csv --parallel 1 --timeout 1s");
        Assert.DoesNotContain("Probing", dumb, System.StringComparison.Ordinal);
        Assert.StartsWith("Host ", dumb, System.StringComparison.Ordinal);
        Assert.Contains("1 open, 1 closed, 1 filtered in ", dumb, System.StringComparison.Ordinal);
    }

    /// <summary>Runs the tool on a pseudo-terminal, as a user's shell does, with script(1); what the terminal got.</summary>
    private (int ExitCode, string Screen) OnTerminal(TempFolder folder, string term, string arguments)
    {
        var start = new System.Diagnostics.ProcessStartInfo("script", ["-qec", $"'{tool.Executable}' {arguments}", "/dev/null"])
        {
            WorkingDirectory = folder.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["TERM"] = term;
        start.Environment.Remove("NO_COLOR");
        using var process = System.Diagnostics.Process.Start(start)!;
        var screen = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(30_000));
        return (process.ExitCode, screen);
    }

    [Theory]
    [InlineData("{ \"Edge\": [\"edge01\"", "--topology: site.json is not valid JSON: ")]
    [InlineData("[\"edge01\"]", "--topology: site.json must be an object from roles to host names")]
    [InlineData("{ \"Gateway\": \"gw01\" }", "--topology: 'Gateway' is not a role of these catalogs")]
    [InlineData("{ \"Edge\": 25 }", "--topology: the role 'Edge' must map to a host name or a list of host names.")]
    [InlineData("{ \"Edge\": \"edge 01\" }", "--topology: 'edge 01' is not a host name or an IP address.")]
    public void A_bad_topology_is_one_clear_message_and_exit_code_2(string topology, string message)
    {
        using var folder = new TempFolder();
        folder.Write("site.json", topology);
        var run = tool.Run("probe --topology site.json --from Mailbox --exchange 2019", folder.Path);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error);
        Assert.Single(run.ErrorLines);
        run.AssertNoStackTrace();
    }

    [Theory]
    [InlineData("probe --host \"edge 01\" --exchange 2019", "--host: 'edge 01' is not a host name or an IP address.")]
    [InlineData("probe --host 127.0.0.1 --role Gateway --exchange 2019", "'Gateway' is not a role of these catalogs")]
    [InlineData("probe --host 127.0.0.1 --timeout soon --exchange 2019", "--timeout: 'soon' is not a time")]
    [InlineData("probe --host 127.0.0.1 --parallel 0 --exchange 2019", "--parallel: '0' is not a number from 1 to 4096.")]
    [InlineData("probe --exchange 2019", "Give either --host HOST (repeatable) or --topology FILE.")]
    [InlineData("probe --topology missing.json --from Mailbox --exchange 2019", "missing.json does not exist.")]
    public void Bad_probe_input_is_one_clear_message_and_exit_code_2(string arguments, string message)
    {
        var run = tool.Run(arguments);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error);
        run.AssertNoStackTrace();
    }
}
