using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using ExchangePorts.Tests.Shared;
using ExchangePorts.Tool.Tests.Infrastructure;
using Xunit;

namespace ExchangePorts.Tool.Tests.Consumers;

/// <summary>
/// Two hosts on one link: network namespaces joined by a veth pair (as root). The server has 10.77.0.1 and fd77::1; the
/// client has two addresses of each family, .2 (a peer the rules allow) and .3 (anyone else). <c>Consumers/netpeer.py</c>
/// listens, connects and holds connections on either side.
/// </summary>
internal sealed class TwoHosts : IDisposable
{
    public const string Server = "10.77.0.1";
    public const string Peer = "10.77.0.2";
    public const string Other = "10.77.0.3";
    public const string Server6 = "fd77::1";
    public const string Peer6 = "fd77::2";
    public const string Other6 = "fd77::3";

    private static readonly string Script = Repository.PathOf("tests", "ExchangePorts.Tool.Tests", "Consumers", "netpeer.py");
    private readonly List<Process> _processes = [];

    public TwoHosts()
    {
        var link = Guid.NewGuid().ToString("N").Substring(0, 8);
        Must("ip", "link", "add", "s" + link, "netns", ServerSide.Name, "type", "veth", "peer", "name", "c" + link, "netns", ClientSide.Name);
        ServerSide.Must("ip", "addr", "add", Server + "/24", "dev", "s" + link);
        ServerSide.Must("ip", "-6", "addr", "add", Server6 + "/64", "dev", "s" + link, "nodad");
        ServerSide.Must("ip", "link", "set", "s" + link, "up");
        foreach (var address in new[] { Peer + "/24", Other + "/24" })
        {
            ClientSide.Must("ip", "addr", "add", address, "dev", "c" + link);
        }

        foreach (var address in new[] { Peer6 + "/64", Other6 + "/64" })
        {
            ClientSide.Must("ip", "-6", "addr", "add", address, "dev", "c" + link, "nodad");
        }

        ClientSide.Must("ip", "link", "set", "c" + link, "up");

        // Each side knows the other's link address from the start: no neighbour discovery to wait for, so a first
        // connection within a test's one-second limit cannot be lost to it on a loaded machine.
        var (serverMac, clientMac) = (MacOf(ServerSide, "s" + link), MacOf(ClientSide, "c" + link));
        foreach (var address in new[] { Peer, Other, Peer6, Other6 })
        {
            ServerSide.Must("ip", "neigh", "replace", address, "lladdr", clientMac, "dev", "s" + link, "nud", "permanent");
        }

        foreach (var address in new[] { Server, Server6 })
        {
            ClientSide.Must("ip", "neigh", "replace", address, "lladdr", serverMac, "dev", "c" + link, "nud", "permanent");
        }
    }

    private static string MacOf(NetworkNamespace side, string device) =>
        System.Text.Json.JsonDocument.Parse(side.Must("ip", "-j", "link", "show", device)).RootElement[0].GetProperty("address").GetString()!;

    public NetworkNamespace ServerSide { get; } = new();

    public NetworkNamespace ClientSide { get; } = new();

    /// <summary>Listens on the ports in a namespace, echoing every line, until disposed.</summary>
    public void Listen(NetworkNamespace side, params int[] ports) =>
        Start(side, ["listen", .. Array.ConvertAll(ports, p => p.ToString(CultureInfo.InvariantCulture))], "listening");

    /// <summary>
    /// <c>open</c>, <c>closed</c> or <c>filtered</c> (no answer within a second): a connection from an address of
    /// <paramref name="side"/>, from <paramref name="sourcePort"/> or a port the system picks.
    /// </summary>
    public static string Connect(NetworkNamespace side, string source, string host, int port, int sourcePort = 0)
    {
        var (_, output, error) = side.Exec("python3", Script, "connect", source, host, port.ToString(CultureInfo.InvariantCulture), "1", sourcePort.ToString(CultureInfo.InvariantCulture));
        return (output + error).Trim();
    }

    /// <summary>A connection opened now and kept; <see cref="Held.Survived"/> says whether it still carries data later.</summary>
    public Held Hold(NetworkNamespace side, string source, string host, int port)
    {
        var flag = Path.Combine(Path.GetTempPath(), "exchangeports-hold-" + Guid.NewGuid().ToString("N"));
        var process = Start(side, ["hold", source, host, port.ToString(CultureInfo.InvariantCulture), flag], "connected");
        return new Held(process, flag);
    }

    public void Dispose()
    {
        foreach (var process in _processes)
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // It has ended.
            }

            process.Dispose();
        }

        ServerSide.Dispose();
        ClientSide.Dispose();
    }

    private Process Start(NetworkNamespace side, string[] arguments, string ready)
    {
        var process = Process.Start(new ProcessStartInfo("ip", ["netns", "exec", side.Name, "python3", Script, .. arguments]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        _processes.Add(process);
        var line = process.StandardOutput.ReadLineAsync();
        Assert.True(line.Wait(TimeSpan.FromSeconds(10)) && line.Result == ready, "netpeer " + string.Join(" ", arguments) + ": " + (line.IsCompleted ? line.Result : "no answer") + " " + (process.HasExited ? process.StandardError.ReadToEnd() : string.Empty));
        return process;
    }

    private static void Must(string program, params string[] arguments)
    {
        var (exit, output, error) = Shell.Run(program, arguments);
        Assert.True(exit == 0, program + " " + string.Join(" ", arguments) + ": " + output + error);
    }

    /// <summary>A connection held open by netpeer.py.</summary>
    public sealed class Held(Process process, string flag)
    {
        /// <summary>Whether the connection still carries a line both ways.</summary>
        public bool Survived()
        {
            File.WriteAllText(flag, string.Empty);
            try
            {
                var line = process.StandardOutput.ReadLineAsync();
                return line.Wait(TimeSpan.FromSeconds(10)) && line.Result == "survived";
            }
            finally
            {
                File.Delete(flag);
            }
        }
    }
}
