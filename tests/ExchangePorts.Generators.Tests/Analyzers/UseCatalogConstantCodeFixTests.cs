using System.Threading.Tasks;
using ExchangePorts.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace ExchangePorts.Generators.Tests.Analyzers;

/// <summary>The code fix rewrites a hardcoded port to the constant; the test framework also checks Fix All in document, project and solution.</summary>
public class UseCatalogConstantCodeFixTests
{
    private static Task Verify(string before, string after, string? equivalenceKey = null, int? iterations = null)
    {
        var test = new CatalogCodeFixTest { TestCode = before, FixedCode = after };
        if (equivalenceKey is not null)
        {
            test.CodeActionEquivalenceKey = equivalenceKey;
            test.CodeFixTestBehaviors |= CodeFixTestBehaviors.SkipFixAllCheck;
        }

        if (iterations is { } count)
        {
            test.NumberOfFixAllIterations = count;
        }

        return test.RunAsync();
    }

    [Fact]
    public Task Replaces_an_argument_with_the_constant()
    {
        return Verify(
            """
            class C
            {
                System.Net.Mail.SmtpClient M() => new System.Net.Mail.SmtpClient("hub01", {|EXP2001:587|});
            }
            """,
            """
            class C
            {
                System.Net.Mail.SmtpClient M() => new System.Net.Mail.SmtpClient("hub01", ExchangePorts.HubToHub.SmtpSubmission);
            }
            """);
    }

    [Fact]
    public Task Keeps_comments_and_formatting_around_the_literal()
    {
        return Verify(
            """
            class C
            {
                static void Connect(string host, int port) { }

                void M()
                {
                    Connect("hub-gc",   /* global catalog */ {|EXP2001:3268|} /* tcp */);
                }
            }
            """,
            """
            class C
            {
                static void Connect(string host, int port) { }

                void M()
                {
                    Connect("hub-gc",   /* global catalog */ ExchangePorts.HubToActiveDirectory.GlobalCatalog /* tcp */);
                }
            }
            """);
    }

    [Fact]
    public Task Keeps_the_value_through_conversions()
    {
        return Verify(
            """
            class C
            {
                void M()
                {
                    ushort hubKerberosPort = (ushort){|EXP2001:88|};
                    long hubGcPort = {|EXP2001:3268L|};
                }
            }
            """,
            """
            class C
            {
                void M()
                {
                    ushort hubKerberosPort = (ushort)ExchangePorts.HubToActiveDirectory.Kerberos;
                    long hubGcPort = ExchangePorts.HubToActiveDirectory.GlobalCatalog;
                }
            }
            """);
    }

    [Fact]
    public async Task Adds_a_using_directive_for_a_catalog_in_a_namespace()
    {
        var test = new CatalogCodeFixTest
        {
            TestCode = """
                class C
                {
                    int adminPort = {|EXP2001:8443|};
                }
                """,
            FixedCode = """
                using Contoso.Lab;

                class C
                {
                    int adminPort = LabPorts.Web.Admin;
                }
                """,
        };
        const string Lab = """{ "namespace": "Contoso.Lab", "entries": [ { "group": "Web", "name": "Admin", "port": 8443, "transport": "tcp" } ] }""";
        test.TestState.AdditionalFiles.Add(("/catalog/lab.ports.json", Lab));
        test.FixedState.AdditionalFiles.Add(("/catalog/lab.ports.json", Lab));
        await test.RunAsync();
    }

    [Fact]
    public Task Offers_each_candidate_of_a_shared_port_and_applies_the_chosen_one()
    {
        // 135 is three entries; "mailbox" is evidence for MailboxToHub and HubToMailbox, not for the
        // directory's RpcNetlogon, and a later action picks the second.
        return Task.WhenAll(
            Verify(
                "class C { int mailboxPort = {|EXP2001:135|}; }",
                "class C { int mailboxPort = ExchangePorts.MailboxToHub.Rpc; }",
                equivalenceKey: "ExchangePorts.UseCatalogConstant:ExchangePorts.MailboxToHub.Rpc"),
            Verify(
                "class C { int mailboxPort = {|EXP2001:135|}; }",
                "class C { int mailboxPort = ExchangePorts.HubToMailbox.Rpc; }",
                equivalenceKey: "ExchangePorts.UseCatalogConstant:ExchangePorts.HubToMailbox.Rpc"));
    }

    [Fact]
    public async Task The_best_match_is_the_first_action()
    {
        var test = new CatalogCodeFixTest
        {
            // edge, edge-to and to-edge: EdgeToEdge matches three words, HubToEdge and EdgeToHub two.
            TestCode = "class C { int edgeToEdgePort = {|EXP2001:25|}; }",
            FixedCode = "class C { int edgeToEdgePort = ExchangePorts.EdgeToEdge.Smtp; }",
            CodeActionIndex = 0,
            CodeFixTestBehaviors = CodeFixTestBehaviors.SkipFixAllCheck,
        };
        await test.RunAsync();
    }

    [Fact]
    public async Task Fix_All_rewrites_every_port_with_one_candidate_and_leaves_the_others()
    {
        var test = new CatalogCodeFixTest
        {
            TestCode = """
                class A
                {
                    int hubSubmissionPort = {|EXP2001:587|};
                    int edgePort = {|EXP2001:25|};
                    const int SecureLdapPort = {|EXP2001:50636|};
                    string HubGc() => "ldap://dc01:{|EXP2002:3268|}/";
                    string Hub(string hubHost) => $"{hubHost}:{|EXP2002:587|}";
                }
                """,

            // One fix at a time, each site takes its first action: the best match for edgePort too.
            FixedCode = """
                class A
                {
                    int hubSubmissionPort = ExchangePorts.HubToHub.SmtpSubmission;
                    int edgePort = ExchangePorts.HubToEdge.Smtp;
                    const int SecureLdapPort = ExchangePorts.EdgeSync.SecureLdap;
                    string HubGc() => $"ldap://dc01:{ExchangePorts.HubToActiveDirectory.GlobalCatalog}/";
                    string Hub(string hubHost) => $"{hubHost}:{ExchangePorts.HubToHub.SmtpSubmission}";
                }
                """,

            // Fix All, whichever action it starts from, never guesses: edgePort has three candidates.
            BatchFixedCode = """
                class A
                {
                    int hubSubmissionPort = ExchangePorts.HubToHub.SmtpSubmission;
                    int edgePort = {|EXP2001:25|};
                    const int SecureLdapPort = ExchangePorts.EdgeSync.SecureLdap;
                    string HubGc() => $"ldap://dc01:{ExchangePorts.HubToActiveDirectory.GlobalCatalog}/";
                    string Hub(string hubHost) => $"{hubHost}:{ExchangePorts.HubToHub.SmtpSubmission}";
                }
                """,

            // The framework tries Fix All again while a diagnostic is left; the second pass changes nothing.
            NumberOfFixAllIterations = 2,
        };
        test.BatchFixedState.MarkupHandling = MarkupMode.Allow;
        await test.RunAsync();
    }

    [Fact]
    public async Task Fix_All_rewrites_every_document()
    {
        var test = new CatalogCodeFixTest();
        test.TestState.Sources.Add(("/src/A.cs", "class A { int hubSubmissionPort = {|EXP2001:587|}; }"));
        test.TestState.Sources.Add(("/src/B.cs", "class B { string HubGc() => \"ldap://dc01:{|EXP2002:3268|}/\"; }"));
        test.FixedState.Sources.Add(("/src/A.cs", "class A { int hubSubmissionPort = ExchangePorts.HubToHub.SmtpSubmission; }"));
        test.FixedState.Sources.Add(("/src/B.cs", "class B { string HubGc() => $\"ldap://dc01:{ExchangePorts.HubToActiveDirectory.GlobalCatalog}/\"; }"));
        await test.RunAsync();
    }

    [Fact]
    public Task Interpolates_the_constant_into_an_address_and_escapes_braces()
    {
        return Verify(
            """
            class C
            {
                System.Uri Edge() => new System.Uri("ldaps://edge01:{|EXP2002:50636|}/?filter={x}");
            }
            """,
            """
            class C
            {
                System.Uri Edge() => new System.Uri($"ldaps://edge01:{ExchangePorts.EdgeSync.SecureLdap}/?filter={{x}}");
            }
            """);
    }

    [Fact]
    public Task Interpolates_the_constant_into_the_tail_of_a_concatenated_address()
    {
        return Verify(
            """
            class C
            {
                System.Uri EdgeSync(string edge) => new System.Uri("ldaps://" + edge + ":{|EXP2002:50636|}");
            }
            """,
            """
            class C
            {
                System.Uri EdgeSync(string edge) => new System.Uri("ldaps://" + edge + $":{ExchangePorts.EdgeSync.SecureLdap}");
            }
            """);
    }

    [Fact]
    public Task Leaves_an_address_in_a_constant_alone_since_an_interpolation_is_not_constant()
    {
        const string Code = """
            class C
            {
                const string HubGc = "ldap://dc01:{|EXP2002:3268|}";
            }
            """;
        return Verify(Code, Code);
    }
}
