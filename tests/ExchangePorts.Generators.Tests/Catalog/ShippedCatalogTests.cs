using System.Linq;
using ExchangePorts.Generators.Tests.Infrastructure;
using Xunit;

namespace ExchangePorts.Generators.Tests.Catalog;

/// <summary>
/// The Exchange catalogs the package ships, compiled together as a project that chooses them all:
/// what Exchange 2013 to 2019/SE users look up, where each entry comes from, and names that stay the same
/// from version to version.
/// </summary>
public class ShippedCatalogTests
{
    private static readonly int[] Versions = [2010, 2013, 2016, 2019];

    private const string Probe = """
        using System;
        using System.Collections.Generic;
        using System.Linq;

        /// <summary>Answers about the shipped catalogs.</summary>
        public static class Probe
        {
            /// <summary>Each line: a question, then its answer.</summary>
            public static string Answers()
            {
                var lines = new List<string>();
                foreach (var port in new[] { 443, 2525, 475, 717, 465, 587, 993, 995, 50636, 25, 5060 })
                {
                    lines.Add("2019 " + port + ": " + Exchange2019Ports.Find(port).Count);
                }

                lines.Add("2016 40000: " + string.Join(",", Exchange2016Ports.Find(40000)));
                lines.Add("2013 40000: " + string.Join(",", Exchange2013Ports.Find(40000)));
                lines.Add("2016 5060: " + string.Join(",", Exchange2016Ports.Find(5060)));
                lines.Add("2007: " + ExchangePorts.All.Count);
                var newer = Exchange2010Ports.All.Concat(Exchange2013Ports.All).Concat(Exchange2016Ports.All).Concat(Exchange2019Ports.All).ToList();
                lines.Add("not from microsoft.com: " + newer.Count(e => !e.Source.StartsWith("https://learn.microsoft.com/", StringComparison.Ordinal) && !e.Source.StartsWith("https://technet.microsoft.com/", StringComparison.Ordinal)));
                lines.Add("unverified: " + newer.Count(e => (e.Notes + e.Description + e.Security).IndexOf("UNVERIFIED", StringComparison.OrdinalIgnoreCase) >= 0));
                lines.Add("without from, to, service or description: " + newer.Count(e => e.From.Length == 0 || e.To.Length == 0 || e.Service.Length == 0 || e.Description.Length == 0));
                var vocabulary = new HashSet<string> { "Internet", "Clients", "InternalNetwork", "Mailbox", "ClientAccess", "Hub", "Edge", "UnifiedMessaging", "DomainController", "Dns", "ExchangeOnline", "VoipGateway", "Local" };
                var all = newer.Concat(ExchangePorts.All).ToList();
                lines.Add("without both roles: " + all.Count(e => e.FromRoles.Length == 0 || e.ToRoles.Length == 0));
                lines.Add("roles outside the vocabulary: " + string.Join(",", all.SelectMany(e => (e.FromRoles + "/" + e.ToRoles).Split('/')).Where(r => !vocabulary.Contains(r)).Distinct()));
                lines.Add("2019 EdgeSync: " + Exchange2019Ports.EdgeSync.All[0].FromRoles + " -> " + Exchange2019Ports.EdgeSync.All[0].ToRoles);
                lines.Add("2019 Hybrid.Smtp: " + Exchange2019Ports.Find(25).First(e => e.QualifiedName == "Hybrid.Smtp").ToRoles);
                return string.Join("\n", lines);
            }

            /// <summary>Names shared by versions compile as constants of each.</summary>
            public static int[] SameNames() => new[]
            {
                Exchange2010Ports.EdgeSync.SecureLdap, Exchange2013Ports.EdgeSync.SecureLdap, Exchange2016Ports.EdgeSync.SecureLdap, Exchange2019Ports.EdgeSync.SecureLdap,
                Exchange2010Ports.Hybrid.Smtp, Exchange2013Ports.Hybrid.Smtp, Exchange2016Ports.Hybrid.Smtp, Exchange2019Ports.Hybrid.Smtp,
                Exchange2013Ports.ClientAccess.Https, Exchange2016Ports.ClientAccess.Https, Exchange2019Ports.ClientAccess.Imap4Secure,
                Exchange2019Ports.FrontEndTransport.Smtp, Exchange2019Ports.Transport.Smtp, Exchange2016Ports.UnifiedMessaging.Rtp.First,
                Exchange2010Ports.HubToEdge.Smtp, ExchangePorts.HubToEdge.Smtp,
            };
        }
        """;

    [Fact]
    public void Every_shipped_catalog_compiles_clean_beside_the_others_and_answers_what_Exchange_users_ask()
    {
        var run = GeneratorHarness.Run([RepositoryPaths.ExchangeCatalogFile(), .. Versions.Select(RepositoryPaths.ShippedCatalogFile)], Probe);

        Assert.Empty(run.Result.Diagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        var assembly = CompiledAssembly.Load(run.OutputCompilation);
        Assert.Equal(
            [
                "2019 443: 3", "2019 2525: 1", "2019 475: 1", "2019 717: 1", "2019 465: 1", "2019 587: 2", "2019 993: 1", "2019 995: 1",
                "2019 50636: 1", "2019 25: 11", "2019 5060: 0",
                "2016 40000: UnifiedMessaging.Rtp 1024-65535/UDP",
                "2013 40000: UnifiedMessaging.Rtp 1024-65535/UDP",
                "2016 5060: UnifiedMessaging.CallRouterSip 5060/TCP,UnifiedMessaging.Rtp 1024-65535/UDP",
                "2007: 17",
                "not from microsoft.com: 0",
                "unverified: 0",
                "without from, to, service or description: 0",
                "without both roles: 0",
                "roles outside the vocabulary: ",
                "2019 EdgeSync: Mailbox -> Edge",
                "2019 Hybrid.Smtp: Mailbox/Edge",
            ],
            ((string)assembly.Invoke("Probe", "Answers")!).Split('\n'));
        Assert.Equal(
            [50636, 50636, 50636, 50636, 25, 25, 25, 25, 443, 443, 993, 25, 2525, 1024, 25, 25],
            (int[])assembly.Invoke("Probe", "SameNames")!);
    }

    [Fact]
    public void The_2019_class_says_it_is_the_Subscription_Edition_catalog_too()
    {
        var source = GeneratorHarness.Run(RepositoryPaths.ShippedCatalogFile(2019)).Source("Exchange2019Ports.g.cs");

        Assert.Contains("/// <para>Exchange Server 2019 and Exchange Server Subscription Edition (SE), to which Microsoft's 2019 tables apply:", source);
    }

    [Theory]
    [InlineData(2010, 12)]
    [InlineData(2013, 35)]
    [InlineData(2016, 44)]
    [InlineData(2019, 35)]
    public void Each_version_has_the_rows_Microsoft_publishes_for_it(int version, int entries)
    {
        var run = GeneratorHarness.Run(RepositoryPaths.ShippedCatalogFile(version));

        Assert.Equal(entries, run.Entries("Exchange" + version + "Ports.g.cs").Count);
    }
}
