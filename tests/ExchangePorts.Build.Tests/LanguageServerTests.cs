using System;
using System.Diagnostics;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using ExchangePorts.Build.Tests.Infrastructure;
using ExchangePorts.Tests.Shared;
using Xunit;

namespace ExchangePorts.Build.Tests;

/// <summary>
/// The editor experience, through a real C# language server (csharp-ls, from the repository's tool
/// manifest): completion of the generated API with its documentation, and the analyzer's warning.
/// </summary>
[Collection(DotnetCli.Collection)]
public class LanguageServerTests
{
    // csharp-ls answers in about 10 seconds here; the margin is for a loaded CI machine.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Completion_documentation_and_the_analyzer_warning_reach_the_editor()
    {
        using var fixture = new FixtureProject()
            .WithProject("<PropertyGroup><OutputType>Exe</OutputType></PropertyGroup>")
            .WithFile("Program.cs", "var smtp = ExchangePorts.HubToEdge.Smtp;\nvar client = new System.Net.Sockets.TcpClient(\"edge\", 25);\n");
        // The repository's tool manifest (csharp-ls 0.28.0), beside the project, as a user's repository would have it.
        fixture.WithFile(".config/dotnet-tools.json", System.IO.File.ReadAllText(System.IO.Path.Combine(Repository.Root, ".config", "dotnet-tools.json")));
        Assert.Equal(0, fixture.Dotnet("restore").ExitCode);
        var (toolExit, toolOutput) = fixture.Dotnet("tool restore");
        Assert.True(toolExit == 0, toolOutput);

        var start = DotnetProcess.StartInfo("tool run csharp-ls", fixture.Folder);
        await using var server = new LanguageServerClient(start, new JsonObject { ["analyzersEnabled"] = true });
        var root = new Uri(fixture.Folder).AbsoluteUri;
        var program = new Uri(fixture.PathOf("Program.cs")).AbsoluteUri;

        await server.RequestAsync("initialize", new JsonObject
        {
            ["processId"] = Environment.ProcessId,
            ["rootUri"] = root,
            ["workspaceFolders"] = new JsonArray(new JsonObject { ["uri"] = root, ["name"] = "fixture" }),
            ["capabilities"] = new JsonObject
            {
                ["workspace"] = new JsonObject { ["configuration"] = true },
                ["textDocument"] = new JsonObject
                {
                    ["completion"] = new JsonObject { ["completionItem"] = new JsonObject { ["documentationFormat"] = new JsonArray("plaintext") } },
                    ["diagnostic"] = new JsonObject(),
                },
            },
        }, Patience);
        await server.NotifyAsync("initialized", new JsonObject());
        await server.NotifyAsync("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject
            {
                ["uri"] = program,
                ["languageId"] = "csharp",
                ["version"] = 1,
                ["text"] = System.IO.File.ReadAllText(fixture.PathOf("Program.cs")),
            },
        });

        // After "ExchangePorts." the groups and lookups are offered.
        var groups = Labels(await Complete(server, program, line: 0, character: 25));
        Assert.True(groups.Length > 0, "no completion items; server said:\n" + server.Transcript);
        Assert.Superset(
            new[] { "HubToHub", "HubToEdge", "EdgeToHub", "EdgeToEdge", "MailboxToHub", "HubToMailbox", "EdgeSync", "EdgeAdam", "HubToActiveDirectory", "All", "Find", "TryGet" }.ToHashSet(),
            groups.ToHashSet());

        // After "ExchangePorts.HubToEdge." Smtp is offered, documented with the generated summary.
        var members = await Complete(server, program, line: 0, character: 35);
        var smtp = members.Single(item => item!["label"]!.GetValue<string>() == "Smtp")!;
        var resolved = await server.RequestAsync("completionItem/resolve", smtp.DeepClone(), Patience);
        var documentation = resolved!["documentation"]?["value"]?.GetValue<string>() ?? resolved["documentation"]?.GetValue<string>();
        Assert.Contains("Port 25/TCP: SMTP, Hub Transport server → Edge Transport server. Security: SSL.", documentation);

        // With analyzers enabled, the hardcoded port is reported where it is.
        var report = await server.RequestAsync("textDocument/diagnostic", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = program } }, Patience);
        var warning = report!["items"]!.AsArray().Single(d => d!["code"]?.GetValue<string>() == "EXP2001")!;
        Assert.Equal(1, warning["range"]!["start"]!["line"]!.GetValue<int>());
        Assert.Equal(54, warning["range"]!["start"]!["character"]!.GetValue<int>());
        Assert.StartsWith("Port 25 is one of the catalog ports", warning["message"]!.GetValue<string>());
    }

    /// <summary>
    /// Asks for completion until the server answers with items: while it is still loading the project
    /// it answers with none, and an editor simply asks again as the user types.
    /// </summary>
    private static async Task<JsonArray> Complete(LanguageServerClient server, string uri, int line, int character)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var result = await server.RequestAsync("textDocument/completion", new JsonObject
            {
                ["textDocument"] = new JsonObject { ["uri"] = uri },
                ["position"] = new JsonObject { ["line"] = line, ["character"] = character },
            }, Patience);
            var items = (result as JsonObject)?["items"]?.AsArray() ?? result?.AsArray() ?? [];
            if (items.Count > 0 || DateTime.UtcNow > deadline)
            {
                return items;
            }

            await Task.Delay(TimeSpan.FromSeconds(1));
        }
    }

    private static string[] Labels(JsonArray items) => items.Select(item => item!["label"]!.GetValue<string>()).ToArray();
}
