using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using ExchangePorts.Tests.Shared;
using ExchangePorts.Tool.Tests.Consumers;
using ExchangePorts.Tool.Tests.Infrastructure;
using Xunit;

namespace ExchangePorts.Tool.Tests.Probe;

/// <summary>
/// The probe's verdicts against nmap's on every way a firewall answers a connection: a listener, nothing, a drop, a
/// TCP reset, and each ICMP unreachable nftables can send back (network, host, protocol, port, prohibited), over IPv4
/// and IPv6, from one host to another over a real link.
/// </summary>
public class ProbeVerdictNetworkTests
{
    private const int First = 7001;

    /// <summary>
    /// What the server's firewall does to a connection to each port, from <see cref="First"/> on, in IPv4 and IPv6.
    /// ICMP unreachables are tried over IPv4 only: Linux hands an ICMPv6 one to a connecting socket only when its SYN is sent again,
    /// a second later, so nmap's verdict on them turns on its own retry timing.
    /// </summary>
    private static readonly (string Name, string Ipv4, string? Ipv6)[] Answers =
    [
        ("a listener", "accept", "accept"),
        ("nothing listening", "accept", "accept"),
        ("a drop", "drop", "drop"),
        ("a TCP reset", "reject with tcp reset", "reject with tcp reset"),
        ("network unreachable", "reject with icmp type net-unreachable", null),
        ("host unreachable", "reject with icmp type host-unreachable", null),
        ("protocol unreachable", "reject with icmp type prot-unreachable", null),
        ("administratively prohibited", "reject with icmp type admin-prohibited", null),
        ("port unreachable", "reject with icmp type port-unreachable", null),
        ("host prohibited", "reject with icmp type host-prohibited", null),
        ("network prohibited", "reject with icmp type net-prohibited", null),
    ];

    [SystemToolFact("nmap", needsRoot: true, alsoNeeds: "nft")]
    public void Every_answer_a_firewall_gives_is_the_verdict_nmap_gives()
    {
        using var hosts = new TwoHosts();
        using var folder = new TempFolder();
        var ports = Enumerable.Range(First, Answers.Length).ToArray();
        var rules = string.Concat(ports.Select((port, i) =>
            "    meta nfproto ipv4 tcp dport " + port + " " + Answers[i].Ipv4 + "\n" +
            (Answers[i].Ipv6 is { } ipv6 ? "    meta nfproto ipv6 tcp dport " + port + " " + ipv6 + "\n" : string.Empty)));
        var ruleset = folder.PathOf("server.nft");
        File.WriteAllText(ruleset, "table inet answers {\n  chain input {\n    type filter hook input priority 0;\n" + rules + "  }\n}\n");
        hosts.ServerSide.Must("nft", "-f", ruleset);

        // The kernel sends at most one ICMP error a second to a host by default: two scans of eleven ports in a row
        // would find some rejects silent (filtered) by chance.
        hosts.ServerSide.Must("sysctl", "-q", "-w", "net.ipv4.icmp_ratelimit=0", "net.ipv6.icmp.ratelimit=0");
        hosts.Listen(hosts.ServerSide, First);

        var catalog = folder.PathOf("lab.ports.csv");
        File.WriteAllText(catalog, "name,port,transport\n" + string.Concat(ports.Select(p => "P" + p + "," + p + ",tcp\n")));
        var seen = new HashSet<string>();
        foreach (var server in new[] { TwoHosts.Server, TwoHosts.Server6 })
        {
            var (_, output, error) = hosts.ClientSide.Exec(ToolProcess.Executable, "probe", "--host", server, "--catalog", catalog, "--format", "json", "--timeout", "1s");
            using var json = JsonDocument.Parse(output.Length > 0 ? output : throw new InvalidOperationException(error));
            var ours = json.RootElement.GetProperty("results").EnumerateArray().ToDictionary(r => r.GetProperty("port").GetInt32(), r => r.GetProperty("verdict").GetString()!);

            string[] family = server.Contains(':', StringComparison.Ordinal) ? ["-6"] : [];
            var (exit, nmap, nmapError) = hosts.ClientSide.Exec(["nmap", .. family, "-sT", "-Pn", "-n", "--max-retries", "1", "-p", First + "-" + ports[^1], server]);
            Assert.True(exit == 0, nmap + nmapError);
            var theirs = Regex.Matches(nmap, @"^(\d+)/tcp\s+(\w+)", RegexOptions.Multiline).ToDictionary(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), m => m.Groups[2].Value);
            foreach (var port in ports)
            {
                // nmap folds ports of one state into "Not shown: N closed ports"; a port it does not list is closed.
                var expected = theirs.GetValueOrDefault(port, "closed");
                Assert.True(expected == ours[port], server + " port " + port + " (" + Answers[port - First].Name + "): nmap " + expected + ", exchange-ports " + ours[port] + "\n" + output + "\n" + nmap);
                seen.Add(ours[port]);
            }
        }

        Assert.Equal(["closed", "filtered", "open"], seen.Order(StringComparer.Ordinal));
    }
}
