using System;
using System.IO;
using System.Linq;
using ExchangePorts.Operations.Entries;
using ExchangePorts.Operations.Errors;
using ExchangePorts.Operations.Planning;
using ExchangePorts.Operations.Tests.Infrastructure;
using Xunit;

namespace ExchangePorts.Operations.Tests.Planning;

/// <summary>What a probe checks where: each host once, whatever its spelling; never Local; never nothing.</summary>
public class ProbePlannerTests
{
    private static readonly CatalogSet Exchange2019 = Catalogs.Shipped("2019");

    [Fact]
    public void A_host_named_in_several_spellings_is_probed_once()
    {
        var plan = ProbePlanner.Plan(Exchange2019, ["127.0.0.1", " 127.0.0.1 ", "[::1]", "::1", "EDGE01", "edge01"], null, "Edge", null);
        Assert.Equal(["127.0.0.1", "::1", "EDGE01"], plan.Hosts);
        Assert.Equal(plan.Hosts, plan.Targets.Select(t => t.Host));
    }

    [Theory]
    [InlineData("127.1", "'127.1' is an IP address written in another form than its own; write 127.0.0.1.")]
    [InlineData("2130706433", "'2130706433' is an IP address written in another form than its own; write 127.0.0.1.")]
    [InlineData("0:0::1", "'0:0::1' is an IP address written in another form than its own; write ::1.")]
    [InlineData("0x7f.1", "'0x7f.1' is an IP address written in another form than its own; write 127.0.0.1.")]
    [InlineData("edge.0x7f", "'edge.0x7f' is not a host name or an IP address.")]
    [InlineData("edge.2019", "'edge.2019' is not a host name or an IP address.")]
    public void An_address_in_another_form_or_a_name_the_resolver_reads_as_one_is_refused(string host, string message)
    {
        var refused = Assert.Throws<OperationsException>(() => ProbePlanner.Plan(Exchange2019, [host], null, "Edge", null));
        Assert.Equal("--host: " + message, Assert.Single(refused.Lines));
    }

    [Fact]
    public void Every_target_entry_leads_back_to_its_catalog_entry()
    {
        var plan = ProbePlanner.Plan(Exchange2019, ["edge01"], null, "Edge", null);
        var target = Assert.Single(plan.Targets);
        Assert.NotEmpty(target.Entries);
        Assert.All(target.Entries, definition =>
        {
            var entry = plan.EntryOf(definition);
            Assert.Same(definition, entry.Definition);
            Assert.Contains("Edge", entry.ToRoles);
            Assert.Contains(entry.FromRoles, r => r != RoleKeys.Local);
        });
    }

    [Theory]
    [InlineData("Local", null, "--role: Local is the server itself")]
    [InlineData("Edge", "Local", "--from: Local is the server itself")]
    [InlineData("Clients", null, "Nothing to probe: no entry of these catalogs goes to Clients across the network.")]
    [InlineData("Edge", "Dns", "Nothing to probe: no entry of these catalogs goes from Dns to Edge across the network.")]
    [InlineData("Edge", "Mail", "--from: 'Mail' is not a role")]
    [InlineData("Edge", "Clients", "Nothing to probe: no entry of these catalogs goes from Clients to Edge across the network.")]
    [InlineData("Nobody", null, "--role: 'Nobody' is not a role of these catalogs; use one of ")]
    public void A_probe_of_nothing_or_of_the_server_itself_is_refused_saying_why(string role, string? from, string message)
    {
        var error = Assert.Throws<OperationsException>(() => ProbePlanner.Plan(Exchange2019, ["edge01"], null, role, from));
        Assert.Equal(OperationsFailure.BadInput, error.Failure);
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Hosts_need_a_role_when_the_catalogs_have_roles()
    {
        var error = Assert.Throws<OperationsException>(() => ProbePlanner.Plan(Exchange2019, ["edge01"], null, null, null));
        Assert.StartsWith("--role: give the role of the hosts probed", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Local", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{ \"Clients\": [\"pc01\"] }")]
    public void A_topology_with_no_host_on_any_path_is_refused(string topology)
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, topology);
            var error = Assert.Throws<OperationsException>(() => ProbePlanner.Plan(Exchange2019, [], path, null, "Mailbox"));
            Assert.StartsWith("Nothing to probe", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_topology_probes_each_host_of_each_destination_role_once_spelled_one_way()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "{ \"Edge\": [\"edge01\", \"EDGE01\", \"127.0.0.1\"], \"Clients\": \"127.0.0.2\" }");
            var plan = ProbePlanner.Plan(Exchange2019, [], path, "Edge", "Mailbox");
            Assert.Equal(["edge01", "127.0.0.1"], plan.Hosts);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
