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
                System.Net.Mail.SmtpClient M() => new System.Net.Mail.SmtpClient("mail", {|EXP2001:587|});
            }
            """,
            """
            class C
            {
                System.Net.Mail.SmtpClient M() => new System.Net.Mail.SmtpClient("mail", ExchangePorts.HubToHub.SmtpSubmission);
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
                    Connect("gc",   /* global catalog */ {|EXP2001:3268|} /* tcp */);
                }
            }
            """,
            """
            class C
            {
                static void Connect(string host, int port) { }

                void M()
                {
                    Connect("gc",   /* global catalog */ ExchangePorts.HubToActiveDirectory.GlobalCatalog /* tcp */);
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
                    ushort kerberosPort = (ushort){|EXP2001:88|};
                    long gcPort = {|EXP2001:3268L|};
                }
            }
            """,
            """
            class C
            {
                void M()
                {
                    ushort kerberosPort = (ushort)ExchangePorts.HubToActiveDirectory.Kerberos;
                    long gcPort = ExchangePorts.HubToActiveDirectory.GlobalCatalog;
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
        // 135 is three entries; "mailbox" in the code ranks MailboxToHub first, and a later action picks another.
        return Task.WhenAll(
            Verify(
                "class C { int mailboxPort = {|EXP2001:135|}; }",
                "class C { int mailboxPort = ExchangePorts.MailboxToHub.Rpc; }",
                equivalenceKey: "ExchangePorts.UseCatalogConstant:ExchangePorts.MailboxToHub.Rpc"),
            Verify(
                "class C { int mailboxPort = {|EXP2001:135|}; }",
                "class C { int mailboxPort = ExchangePorts.HubToActiveDirectory.RpcNetlogon; }",
                equivalenceKey: "ExchangePorts.UseCatalogConstant:ExchangePorts.HubToActiveDirectory.RpcNetlogon"));
    }

    [Fact]
    public async Task The_best_match_is_the_first_action()
    {
        var test = new CatalogCodeFixTest
        {
            TestCode = "class C { int netlogonPort = {|EXP2001:135|}; }",
            FixedCode = "class C { int netlogonPort = ExchangePorts.HubToActiveDirectory.RpcNetlogon; }",
            CodeActionIndex = 0,
            CodeFixTestBehaviors = CodeFixTestBehaviors.SkipFixAllCheck,
        };
        await test.RunAsync();
    }

    [Fact]
    public async Task Fix_All_rewrites_every_unambiguous_port_in_every_document()
    {
        var test = new CatalogCodeFixTest();
        test.TestState.Sources.Add(("/src/A.cs", """
            class A
            {
                int submissionPort = {|EXP2001:587|};
                int gcPort = {|EXP2001:3268|};
            }
            """));
        test.TestState.Sources.Add(("/src/B.cs", """
            class B
            {
                const int SecureLdapPort = {|EXP2001:50636|};
                string Gc() => "ldap://dc01:{|EXP2002:3268|}/";
            }
            """));
        test.FixedState.Sources.Add(("/src/A.cs", """
            class A
            {
                int submissionPort = ExchangePorts.HubToHub.SmtpSubmission;
                int gcPort = ExchangePorts.HubToActiveDirectory.GlobalCatalog;
            }
            """));
        test.FixedState.Sources.Add(("/src/B.cs", """
            class B
            {
                const int SecureLdapPort = ExchangePorts.EdgeSync.SecureLdap;
                string Gc() => $"ldap://dc01:{ExchangePorts.HubToActiveDirectory.GlobalCatalog}/";
            }
            """));
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
                const string Gc = "ldap://dc01:{|EXP2002:3268|}";
            }
            """;
        return Verify(Code, Code);
    }
}
