using System.Linq;
using ExchangePorts.Tests.Shared;
using ExchangePorts.Tool.Tests.Consumers;
using ExchangePorts.Tool.Tests.Infrastructure;
using Xunit;

namespace ExchangePorts.Tool.Tests.Firewall;

/// <summary>
/// The nftables rules judged by what they do to connections between two hosts (network namespaces joined by a veth pair):
/// allowed peers get through, others do not, and the server's own connections, replies and established connections are
/// never cut, whatever local port they use; other tables stay as they were.
/// </summary>
public class NftablesEffectTests
{
    private const string Allow = TwoHosts.Peer + "," + TwoHosts.Peer6;

    [SystemToolFact("nft", needsRoot: true, alsoNeeds: "ip")]
    public void Inbound_rules_let_peers_in_keep_others_out_and_cut_none_of_the_server_s_own_connections()
    {
        using var hosts = new TwoHosts();
        hosts.Listen(hosts.ServerSide, 50636, 8080, 50389);
        hosts.Listen(hosts.ClientSide, 9000);
        var held = hosts.Hold(hosts.ClientSide, TwoHosts.Other, TwoHosts.Server, 50636);

        NftLoad.Into(hosts.ServerSide, EdgeRules());

        // AD LDS on an Edge server (50389) is the server's own: nobody else reaches it, not even a peer; the server does.
        Assert.Equal("filtered", TwoHosts.Connect(hosts.ClientSide, TwoHosts.Peer, TwoHosts.Server, 50389));
        Assert.Equal("filtered", TwoHosts.Connect(hosts.ClientSide, TwoHosts.Other6, TwoHosts.Server6, 50389));
        Assert.Equal("open", TwoHosts.Connect(hosts.ServerSide, "127.0.0.1", "127.0.0.1", 50389));
        Assert.Equal("open", TwoHosts.Connect(hosts.ServerSide, TwoHosts.Server, TwoHosts.Server, 50389));

        Assert.Equal("open", TwoHosts.Connect(hosts.ClientSide, TwoHosts.Peer, TwoHosts.Server, 50636));
        Assert.Equal("open", TwoHosts.Connect(hosts.ClientSide, TwoHosts.Peer6, TwoHosts.Server6, 50636));
        Assert.Equal("filtered", TwoHosts.Connect(hosts.ClientSide, TwoHosts.Other, TwoHosts.Server, 50636));
        Assert.Equal("filtered", TwoHosts.Connect(hosts.ClientSide, TwoHosts.Other6, TwoHosts.Server6, 50636));
        Assert.Equal("filtered", TwoHosts.Connect(hosts.ClientSide, TwoHosts.Other, TwoHosts.Server, 25));
        Assert.Equal("open", TwoHosts.Connect(hosts.ClientSide, TwoHosts.Other, TwoHosts.Server, 8080));
        Assert.True(held.Survived(), "a connection opened before the rules were loaded was cut");

        // The server's own connections get their replies on the local port they use: any of 49152-65535, or one the
        // rules close to others (25 here; 50636 is the listener's).
        hosts.ServerSide.Must("sysctl", "-w", "net.ipv4.ip_local_port_range=49152 65535");
        Assert.Equal("open", TwoHosts.Connect(hosts.ServerSide, TwoHosts.Server, TwoHosts.Other, 9000));
        Assert.Equal("open", TwoHosts.Connect(hosts.ServerSide, TwoHosts.Server, TwoHosts.Other, 9000, sourcePort: 25));
        Assert.Equal("open", TwoHosts.Connect(hosts.ServerSide, TwoHosts.Server6, TwoHosts.Other6, 9000, sourcePort: 25));
        Assert.Equal("open", TwoHosts.Connect(hosts.ServerSide, "127.0.0.1", "127.0.0.1", 50636));
    }

    [SystemToolFact("nft", needsRoot: true, alsoNeeds: "ip")]
    public void Packets_another_table_exempts_from_connection_tracking_are_kept_out_all_the_same()
    {
        using var hosts = new TwoHosts();
        hosts.Listen(hosts.ServerSide, 50636);
        NftLoad.Into(hosts.ServerSide, EdgeRules());
        using var folder = new TempFolder();
        var exempt = folder.PathOf("exempt.nft");
        System.IO.File.WriteAllText(exempt, "table inet exempt {\n\tchain prerouting {\n\t\ttype filter hook prerouting priority raw; policy accept;\n\t\tnotrack\n\t}\n}\n");
        hosts.ServerSide.Must("nft", "-f", exempt);

        Assert.Equal("filtered", TwoHosts.Connect(hosts.ClientSide, TwoHosts.Other, TwoHosts.Server, 50636));
        Assert.Equal("filtered", TwoHosts.Connect(hosts.ClientSide, TwoHosts.Other6, TwoHosts.Server6, 50636));
        Assert.Equal("open", TwoHosts.Connect(hosts.ClientSide, TwoHosts.Peer, TwoHosts.Server, 50636));
    }

    [SystemToolFact("nft", needsRoot: true, alsoNeeds: "ip")]
    public void Outbound_rules_let_the_server_reach_its_peers_only_and_still_answer_everyone_it_serves()
    {
        using var hosts = new TwoHosts();
        hosts.Listen(hosts.ServerSide, 8080);
        hosts.Listen(hosts.ClientSide, 25, 9000);
        var held = hosts.Hold(hosts.ServerSide, TwoHosts.Server, TwoHosts.Other, 25);

        NftLoad.Into(hosts.ServerSide, EdgeRules("--outbound", "--allow", "Dns=" + Allow));

        Assert.Equal("open", TwoHosts.Connect(hosts.ServerSide, TwoHosts.Server, TwoHosts.Peer, 25));
        Assert.Equal("open", TwoHosts.Connect(hosts.ServerSide, TwoHosts.Server6, TwoHosts.Peer6, 25));
        Assert.Equal("filtered", TwoHosts.Connect(hosts.ServerSide, TwoHosts.Server, TwoHosts.Other, 25));
        Assert.Equal("filtered", TwoHosts.Connect(hosts.ServerSide, TwoHosts.Server6, TwoHosts.Other6, 25));
        Assert.Equal("open", TwoHosts.Connect(hosts.ServerSide, TwoHosts.Server, TwoHosts.Other, 9000));
        Assert.True(held.Survived(), "a connection opened before the rules were loaded was cut");

        // Replies to clients leave toward the client's port, which may be one the rules close (1080, open-proxy detection).
        Assert.Equal("open", TwoHosts.Connect(hosts.ClientSide, TwoHosts.Other, TwoHosts.Server, 8080));
        Assert.Equal("open", TwoHosts.Connect(hosts.ClientSide, TwoHosts.Other, TwoHosts.Server, 8080, sourcePort: 1080));
        Assert.Equal("open", TwoHosts.Connect(hosts.ClientSide, TwoHosts.Other6, TwoHosts.Server6, 8080, sourcePort: 1080));
    }

    [SystemToolFact("nft", needsRoot: true, alsoNeeds: "ip")]
    public void Without_the_replies_rule_the_same_check_sees_the_server_s_own_connections_cut()
    {
        using var hosts = new TwoHosts();
        hosts.Listen(hosts.ServerSide, 50636);
        hosts.Listen(hosts.ClientSide, 9000);
        var held = hosts.Hold(hosts.ClientSide, TwoHosts.Other, TwoHosts.Server, 50636);

        // The tool's rules as they were before replies were let through first: every packet to a closed port is dropped.
        var broken = string.Join("\n", EdgeRules().Split('\n').Where(line => !line.Contains("ct state established", System.StringComparison.Ordinal) && !line.Contains("iif \"lo\"", System.StringComparison.Ordinal))
            .Select(line => line.Replace("ct state new,untracked tcp flags & (syn | ack) == syn ", string.Empty, System.StringComparison.Ordinal)));
        NftLoad.Into(hosts.ServerSide, broken);

        Assert.Equal("filtered", TwoHosts.Connect(hosts.ServerSide, TwoHosts.Server, TwoHosts.Other, 9000, sourcePort: 25));
        Assert.False(held.Survived());
    }

    /// <summary>An Edge server's rules in nftables, its peers allowed at the client's first addresses only.</summary>
    private static string EdgeRules(params string[] more) =>
        ToolRunner.Run(["firewall", "--role", "Edge", "--allow", "Internet=" + Allow, "--allow", "Mailbox=" + Allow, "--allow", "ExchangeOnline=" + Allow, "--format", "nftables", .. more]).Succeeded().Output;
}
