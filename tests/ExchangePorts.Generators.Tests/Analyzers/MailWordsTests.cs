using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using ExchangePorts.Generators.Analyzers;
using ExchangePorts.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace ExchangePorts.Generators.Tests.Analyzers;

/// <summary>
/// With the default catalogs (2007 and 2019), mail, web and security words are not Exchange evidence on
/// their own: an IMAP client's <c>Mailbox</c>, a TLS <c>KeyExchange</c>, a URL's <c>/client/access</c> say
/// nothing of Exchange. Exchange's own words do, and the service they name ranks the entries.
/// </summary>
public class MailWordsTests
{
    private const string Usings = "using System;\nusing System.Net.Sockets;\n\n";

    [Theory]
    [InlineData("public sealed class MailboxSync { public void Connect(string host) { using var c = new TcpClient(host, 993); } }")]
    [InlineData("public static class MailboxClient { public static TcpClient OpenPop(string server) => new TcpClient(server, 995); public static TcpClient OpenImap(string server) => new TcpClient(server, 143); }")]
    [InlineData("public static class KeyExchange { public static TcpClient Open(string server) => new TcpClient(server, 443); }")]
    [InlineData("public static class DataExchange { public static TcpClient Open(string server) => new TcpClient(server, 443); }")]
    [InlineData("public static class CurrencyExchange { public static TcpClient Open(string server) => new TcpClient(server, 443); }")]
    [InlineData("public static class Rates { public static TcpClient OpenExchangeRate(string server) => new TcpClient(server, 443); }")]
    [InlineData("public static class Health { public static string Url() { var url = \"http://localhost:80/client/access\"; return url; } }")]
    [InlineData("public sealed class MailboxMigrator { public TcpClient ConnectSource() => new TcpClient(\"imap.gmail.com\", 993); public TcpClient ConnectSmtp() => new TcpClient(\"smtp.gmail.com\", 587); }")]
    [InlineData("public sealed class MailDeliveryService { public TcpClient Relay(string transportHost) => new TcpClient(transportHost, 25); }")]
    [InlineData("public sealed class OnlineStore { public TcpClient Open(string internetHost) => new TcpClient(internetHost, 443); }")]
    public async Task Mail_code_that_does_not_say_Exchange_is_not_reported(string code)
    {
        Assert.Empty(await AnalyzeAsync(Usings + code));
    }

    [Theory]
    [InlineData("public static class Ews { public static Uri Url() => new Uri(\"https://mail.contoso.com:443/EWS/Exchange.asmx\"); }", "Exchange2019Ports.ClientAccess.Https")]
    [InlineData("public static class Probe { public static Uri Owa(string casServer) => new Uri($\"https://{casServer}:443/owa/\"); }", "Exchange2019Ports.ClientAccess.Https")]
    [InlineData("public static class Probe { public static TcpClient Autodiscover(string host) => new TcpClient(host, 443); }", "Exchange2019Ports.ClientAccess.Https")]
    [InlineData("public sealed class ExchangeMailboxSync { public TcpClient Connect(string exchangeServer) => new TcpClient(exchangeServer, 993); }", "Exchange2019Ports.ClientAccess.Imap4Secure")]
    [InlineData("public static class HybridMailFlow { public static TcpClient ToExchangeOnline(string endpoint) => new TcpClient(endpoint, 25); }", "Exchange2019Ports.Hybrid.SmtpOutbound")]
    [InlineData("public static class Migration { public static TcpClient MrsProxy(string onPremExchange) => new TcpClient(onPremExchange, 443); }", "Exchange2019Ports.Hybrid.Https")]
    public async Task Exchange_code_is_reported_with_the_service_it_names_first(string code, string first)
    {
        var diagnostic = Assert.Single(await AnalyzeAsync(Usings + code));
        Assert.StartsWith(first + ";", diagnostic.Properties[PortDiagnosticProperties.DisplayNames] + ";", System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_client_access_service_does_not_make_a_hybrid_entry_a_candidate()
    {
        var diagnostic = Assert.Single(await AnalyzeAsync(Usings + "public static class Ews { public static Uri Url() => new Uri(\"https://mail.contoso.com:443/EWS/Exchange.asmx\"); }"));
        Assert.DoesNotContain("Hybrid", diagnostic.Properties[PortDiagnosticProperties.DisplayNames], System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("exchangeServer", true)]
    [InlineData("ExchangeOnline", true)]
    [InlineData("onPremExchange", true)]
    [InlineData("Exchange2019", true)]
    [InlineData("ExchangeService", true)]
    [InlineData("ex2019-mbx01", true)]
    [InlineData("https://mail.contoso.com/owa/", true)]
    [InlineData("KeyExchange", false)]
    [InlineData("DataExchange", false)]
    [InlineData("DataExchangeServer", false)]
    [InlineData("CurrencyExchange", false)]
    [InlineData("ExchangeRate", false)]
    [InlineData("exchange", false)]
    [InlineData("MailboxClient", false)]
    [InlineData("/client/access", false)]
    public void Code_is_about_Exchange_when_it_has_one_of_Exchange_s_own_words(string text, bool expected)
    {
        Assert.Equal(expected, EvidenceWords.AddOfCode(text, new HashSet<string>()));
    }

    [Theory]
    [InlineData("/client/access", "client access")]
    [InlineData("ClientAccessServer", "client access server clientaccess accessserver")]
    [InlineData("EDGE_SYNC_PORT", "edge sync port edgesync syncport")]
    [InlineData("ex2019-mbx01", "ex mbx mailbox")]
    [InlineData("https://mail.contoso.com/EWS/", "https mail contoso com ews clientaccess")]
    public void Words_are_joined_within_an_identifier_only(string text, string expected)
    {
        var words = new HashSet<string>();
        EvidenceWords.AddOfCode(text, words);
        Assert.Equal(string.Join(" ", expected.Split(' ').Order()), string.Join(" ", words.Order()));
    }

    /// <summary>
    /// What counts was decided word by word over the shipped catalogs' text: a new catalog word must be put in
    /// one of the lists (generic, mail or Exchange's own) before it can silently become evidence.
    /// </summary>
    [Fact]
    public void Every_word_of_the_shipped_catalogs_is_classified()
    {
        var catalogs = new[] { RepositoryPaths.ExchangeCatalogFile() }
            .Concat(new[] { 2010, 2013, 2016, 2019 }.Select(RepositoryPaths.ShippedCatalogFile));
        var unclassified = new SortedSet<string>(System.StringComparer.Ordinal);
        foreach (var catalog in catalogs)
        {
            var run = GeneratorHarness.Run(catalog);
            foreach (var entry in run.Entries(run.HintNames.Single(h => !h.StartsWith("PortCatalog.", System.StringComparison.Ordinal) && !h.EndsWith("-data.g.cs", System.StringComparison.Ordinal))))
            {
                foreach (var word in new[] { entry.Group, entry.Name, entry.From, entry.To }.SelectMany(EvidenceWords.Split))
                {
                    if (!EvidenceWords.IsClassified(word))
                    {
                        unclassified.Add(word);
                    }
                }
            }
        }

        Assert.Empty(unclassified);
    }

    private static async Task<IReadOnlyList<Diagnostic>> AnalyzeAsync(string code)
    {
        var run = GeneratorHarness.Run([RepositoryPaths.ExchangeCatalogFile(), RepositoryPaths.ShippedCatalogFile(2019)], code);
        return await run.OutputCompilation.WithAnalyzers([new HardcodedPortAnalyzer()]).GetAnalyzerDiagnosticsAsync();
    }
}
