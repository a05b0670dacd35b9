using System;
using System.IO;
using System.Linq;
using System.Reflection;
using Xunit;

namespace IntegrationTests;

/// <summary>The sample that README's first command runs.</summary>
public class SampleTests
{
    private static string RunSample()
    {
        var entryPoint = Assembly.Load("ExchangePorts.Sample").EntryPoint!;
        var original = Console.Out;
        using var output = new StringWriter();
        Console.SetOut(output);
        try
        {
            entryPoint.Invoke(null, [Array.Empty<string>()]);
        }
        finally
        {
            Console.SetOut(original);
        }

        return output.ToString();
    }

    [Fact]
    public void Prints_every_data_path_with_its_ports_in_catalog_order()
    {
        var lines = RunSample().Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        string[] groups = ["HubToHub", "HubToEdge", "EdgeToHub", "EdgeToEdge", "MailboxToHub", "HubToMailbox", "EdgeSync", "EdgeAdam", "HubToActiveDirectory"];
        var headings = lines.Where(l => groups.Any(g => l.StartsWith(g + ": ", StringComparison.Ordinal))).ToList();
        Assert.Equal(groups, headings.Select(h => h.Split(':')[0]));
        Assert.Contains("EdgeSync: Microsoft Exchange EdgeSync service", headings);
        Assert.Equal(17, lines.Count(l => l.Contains(" → ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Prints_route_service_port_and_security_on_each_row()
    {
        var output = RunSample();
        Assert.Matches(@"Hub Transport server → Edge Transport server\s+SMTP\s+25/TCP\s+SSL", output);
        Assert.Matches(@"Hub Transport server → Edge Transport server\s+Secure LDAP \(EdgeSync\)\s+50636/TCP\s+SSL", output);
        Assert.Matches(@"Edge Transport server → Edge Transport server\s+LDAP\s+389/TCP/UDP", output);
        Assert.Contains("ExchangePorts.HubToEdge.Smtp = 25", output);
    }

    [Fact]
    public void Prints_the_2019_and_Subscription_Edition_ports_by_data_path()
    {
        var output = RunSample();
        Assert.Contains("Exchange Server 2019 and Subscription Edition ports: 35 entries", output);
        Assert.Contains("  Transport: ClientProxy 465/TCP, Smtp 2525/TCP", output);
        Assert.Contains("  MailboxDelivery: Smtp 475/TCP", output);
        Assert.Contains("Exchange2019Ports.Transport.Smtp = 2525", output);
    }
}
