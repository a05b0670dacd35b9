using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using PortCatalog;
using PortCatalog.Probing;
using Xunit;

namespace ExchangePorts.Probe.Tests;

/// <summary>The probe's verdicts on real sockets, its time with many filtered ports, and its cancellation.</summary>
public class PortProbeTests
{
    private static readonly PortProbeOptions Quick = new() { Timeout = TimeSpan.FromMilliseconds(500) };

    [Fact]
    public async Task Open_closed_and_filtered_are_told_apart_as_nmap_does()
    {
        using var hosts = new LoopbackHosts();
        var open = hosts.Open();
        var closed = LoopbackHosts.Closed();
        var filtered = hosts.Filtered();

        var results = await PortProbe.ProbeAsync(
            "127.0.0.1",
            [LoopbackHosts.Entry("Open", open), LoopbackHosts.Entry("Closed", closed), LoopbackHosts.Entry("Filtered", filtered)],
            Quick);

        Assert.Equal([PortVerdict.Open, PortVerdict.Closed, PortVerdict.Filtered], results.Select(r => r.Verdict));
        Assert.Equal([open, closed, filtered], results.Select(r => r.Port));
        Assert.InRange(results[2].Elapsed, TimeSpan.FromMilliseconds(400), TimeSpan.FromSeconds(3));
        Assert.All(results.Take(2), r => Assert.True(r.Elapsed < TimeSpan.FromMilliseconds(400), r.ToString()));
    }

    [Fact]
    public async Task A_name_that_does_not_resolve_is_unresolved_for_every_port()
    {
        var results = await PortProbe.ProbeAsync("edge01.exchangeports.invalid", [LoopbackHosts.Entry("Smtp", 25), LoopbackHosts.Entry("Ldap", 50636)], Quick);
        Assert.All(results, r => Assert.Equal(PortVerdict.Unresolved, r.Verdict));
        Assert.Contains("does not resolve", results[0].Detail);
    }

    [Fact]
    public async Task UDP_is_open_only_with_an_answer_DNS_gets_a_real_query_and_other_UDP_is_not_probed()
    {
        using var hosts = new LoopbackHosts();
        var dns = hosts.Dns();
        var silent = LoopbackHosts.Closed();

        // A DNS port on another number would not be queried: the probe asks DNS only on 53, so test the query itself.
        var answered = await PortProbe.ProbeAsync("127.0.0.1", [LoopbackHosts.Entry("Rtp", 5004, PortTransport.Udp)], Quick);
        Assert.Equal(PortVerdict.NotProbed, Assert.Single(answered).Verdict);
        Assert.Contains("UDP", answered[0].Detail);

        // A loopback server answers at once; the time allowed is for a machine busy with other test runs.
        var open = await DnsProbe.QueryAsync(new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, dns), TimeSpan.FromSeconds(5), CancellationToken.None);
        Assert.Equal(PortVerdict.Open, open.Verdict);
        var refused = await DnsProbe.QueryAsync(new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, silent), TimeSpan.FromMilliseconds(500), CancellationToken.None);
        Assert.Equal(PortVerdict.Closed, refused.Verdict);
    }

    [Theory]
    [InlineData(1024, 65535, new[] { 1024 })]
    [InlineData(50, 60, new[] { 50, 53, 54 })]
    [InlineData(53, 53, new[] { 53 })]
    [InlineData(53, 100, new[] { 53, 54 })]
    [InlineData(1, 53, new[] { 1, 53 })]
    public void A_swept_UDP_range_is_one_result_but_for_DNS_which_has_a_request_of_its_own(int first, int last, int[] results)
    {
        var entry = new PortDefinition("Test", "Udp", "Udp", first, last, PortTransport.Udp, "Here", "There", string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, "Here", "There");
        Assert.Equal(results.Length, PortProbe.ResultCount([entry], new PortProbeOptions { SweepRanges = true }));
    }

    [Fact]
    public async Task The_service_check_reads_greetings_and_TLS_and_says_when_a_service_does_not_answer_as_its_entry_says()
    {
        using var hosts = new LoopbackHosts();
        PortDefinition Entry(string name, int port, string service) =>
            new("Test", name, name, port, port, PortTransport.Tcp, "Here", "There", service, string.Empty, string.Empty, string.Empty, string.Empty, "Here", "There");
        var entries = new[]
        {
            Entry("Smtp", hosts.Greeting("220 mail.contoso.com ESMTP"), "SMTP"),
            Entry("Pop3", hosts.Greeting("+OK POP3 ready"), "POP3"),
            Entry("Imap4Secure", hosts.Greeting("* OK IMAP4 ready", tls: true), "IMAP4 over SSL"),
            Entry("SecureLdap", hosts.Greeting(string.Empty, tls: true), "LDAP over SSL (LDAPS)"),
            Entry("NotSmtp", hosts.Greeting("SSH-2.0-OpenSSH_9.2"), "SMTP"),
            Entry("NotTls", hosts.Greeting("* OK IMAP4 ready"), "IMAP4 over SSL"),
            Entry("Rpc", hosts.Open(), "RPC"),
        };

        var results = await PortProbe.ProbeAsync("localhost", entries, new PortProbeOptions { Timeout = TimeSpan.FromSeconds(2), CheckService = true });

        Assert.All(results, r => Assert.Equal(PortVerdict.Open, r.Verdict));
        Assert.Equal(new bool?[] { true, true, true, true, false, false, null }, results.Select(r => r.ServiceAnswered));
        Assert.Equal("SMTP greeting: 220 mail.contoso.com ESMTP", results[0].Detail);
        Assert.StartsWith("TLS handshake (", results[3].Detail, StringComparison.Ordinal);
        Assert.Equal("no SMTP greeting: 'SSH-2.0-OpenSSH_9.2'", results[4].Detail);
        Assert.StartsWith("no TLS", results[5].Detail, StringComparison.Ordinal);

        var withoutCheck = await PortProbe.ProbeAsync("localhost", entries.Take(1), Quick);
        Assert.Null(withoutCheck[0].ServiceAnswered);
    }

    [Fact]
    public async Task An_SMTP_entry_whose_security_names_TLS_must_offer_STARTTLS_and_complete_the_handshake()
    {
        using var hosts = new LoopbackHosts();
        PortDefinition Smtp(string name, int port, string security) =>
            new("Test", name, name, port, port, PortTransport.Tcp, "Here", "There", "SMTP", security, string.Empty, string.Empty, string.Empty, "Here", "There");
        PortDefinition Smtps(int port) =>
            new("Test", "Smtps", "Smtps", port, port, PortTransport.Tcp, "Here", "There", "SMTPS", "TLS", string.Empty, string.Empty, string.Empty, "Here", "There");
        var entries = new[]
        {
            Smtp("Secured", hosts.Smtp(startTls: true), "TLS offered"),
            Smtp("Unsecured", hosts.Smtp(startTls: false), "TLS offered"),
            Smtp("Plain", hosts.Smtp(startTls: false), "SMTP"),
            Smtp("GreetsThenHangsUp", hosts.Greeting("220 mail.contoso.com ESMTP"), "SMTP/TLS"),
            Smtps(hosts.Greeting("220 mail.contoso.com ESMTP", tls: true)),
        };

        var results = await PortProbe.ProbeAsync("localhost", entries, new PortProbeOptions { Timeout = TimeSpan.FromSeconds(5), CheckService = true });

        Assert.Equal(new bool?[] { true, false, true, false, true }, results.Select(r => r.ServiceAnswered));
        Assert.Matches(@"^SMTP greeting: 220 mail\.contoso\.com .*; STARTTLS, TLS handshake \(Tls1[23]\)$", results[0].Detail);
        Assert.Matches(@"^SMTP greeting: 220 mail\.contoso\.com .*; no STARTTLS offered, though the entry says 'TLS offered'$", results[1].Detail);
        Assert.Matches(@"^SMTP greeting: 220 mail\.contoso\.com [^;]*$", results[2].Detail);
        Assert.Equal("SMTP greeting: 220 mail.contoso.com ESMTP; no reply to EHLO", results[3].Detail);

        // SMTPS (RFC 8314) is TLS from the first byte: the greeting comes after the handshake, with no STARTTLS.
        Assert.Equal("SMTP greeting: 220 mail.contoso.com ESMTP", results[4].Detail);
    }

    [Fact]
    public async Task Entries_on_one_port_that_expect_different_answers_are_each_checked()
    {
        // Exchange 2019's Edge: port 25 takes plain SMTP from the Internet and STARTTLS from Exchange Online.
        using var hosts = new LoopbackHosts();
        var port = hosts.Smtp(startTls: false);
        PortDefinition Smtp(string name, string security) =>
            new("Test", name, name, port, port, PortTransport.Tcp, "Here", "There", "SMTP", security, string.Empty, string.Empty, string.Empty, "Here", "There");
        var entries = new[] { Smtp("FromInternet", string.Empty), Smtp("FromExchangeOnline", "TLS required"), Smtp("FromHybrid", "TLS offered") };

        foreach (var order in new[] { entries, entries.Reverse().ToArray() })
        {
            var results = await PortProbe.ProbeAsync("localhost", order, new PortProbeOptions { Timeout = TimeSpan.FromSeconds(5), CheckService = true });
            Assert.Equal(2, results.Count);
            var plain = Assert.Single(results, r => r.Entries.Contains(entries[0]));
            Assert.Equal([entries[0]], plain.Entries);
            Assert.True(plain.ServiceAnswered);
            var secured = Assert.Single(results, r => r.Entries.Contains(entries[1]));
            Assert.Equal(new[] { entries[1], entries[2] }.OrderBy(e => e.Name), secured.Entries.OrderBy(e => e.Name));
            Assert.False(secured.ServiceAnswered);
            Assert.Contains("no STARTTLS offered", secured.Detail, StringComparison.Ordinal);
        }

        // Without the check, the port is one result for all three.
        Assert.Equal(entries, Assert.Single(await PortProbe.ProbeAsync("localhost", entries, Quick)).Entries);
    }

    [Fact]
    public async Task A_range_is_not_swept_unless_asked()
    {
        using var hosts = new LoopbackHosts();
        var open = hosts.Open();
        var range = LoopbackHosts.Entry("Rpc", open, PortTransport.Tcp, open + 2);

        var notSwept = Assert.Single(await PortProbe.ProbeAsync("127.0.0.1", [range], Quick));
        Assert.Equal(PortVerdict.NotProbed, notSwept.Verdict);
        Assert.StartsWith("range ", notSwept.Detail, StringComparison.Ordinal);

        var swept = await PortProbe.ProbeAsync("127.0.0.1", [range], new PortProbeOptions { Timeout = Quick.Timeout, SweepRanges = true });
        Assert.Equal(3, swept.Count);
        Assert.Equal(PortVerdict.Open, swept[0].Verdict);
    }

    [Fact]
    public async Task Forty_filtered_ports_in_parallel_cost_about_one_timeout()
    {
        using var hosts = new LoopbackHosts();
        var entries = Enumerable.Range(0, 40).Select(i => LoopbackHosts.Entry("F" + i, hosts.Filtered())).ToList();
        var watch = Stopwatch.StartNew();
        var results = await PortProbe.ProbeAsync("127.0.0.1", entries, new PortProbeOptions { Timeout = TimeSpan.FromSeconds(1), Parallelism = 40 });
        watch.Stop();

        Assert.All(results, r => Assert.Equal(PortVerdict.Filtered, r.Verdict));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(3), "40 filtered ports took " + watch.Elapsed);
    }

    [Fact]
    public async Task Cancellation_stops_at_once_and_what_was_found_is_reported()
    {
        using var hosts = new LoopbackHosts();
        var found = new ConcurrentBag<PortProbeResult>();
        var entries = new[] { LoopbackHosts.Entry("Open", hosts.Open()) }.Concat(Enumerable.Range(0, 4).Select(i => LoopbackHosts.Entry("F" + i, hosts.Filtered()))).ToList();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));
        var watch = Stopwatch.StartNew();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            PortProbe.ProbeAsync("127.0.0.1", entries, new PortProbeOptions { Timeout = TimeSpan.FromSeconds(30) }, cancel.Token, found.Add));

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), "cancellation took " + watch.Elapsed);
        Assert.Equal(PortVerdict.Open, Assert.Single(found).Verdict);
    }
}
