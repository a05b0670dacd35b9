using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using ExchangePorts.Tool.Catalogs;

namespace ExchangePorts.Tool.Commands;

/// <summary>
/// Where each role runs, for <c>probe --topology</c>: a JSON object from role keys to a host name or a list of
/// them, such as <c>{ "Edge": ["edge01", "edge02"], "Mailbox": "mbx01", "DomainController": ["dc01"] }</c>.
/// </summary>
internal static class Topology
{
    /// <exception cref="UsageException">The file is missing, not JSON, or not such an object.</exception>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Load(string path, IReadOnlyList<string> roles)
    {
        var text = InputFile.ReadText(path, "--topology");

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException exception)
        {
            throw new UsageException("--topology: " + path + " is not valid JSON: " + exception.Message);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new UsageException("--topology: " + path + " must be an object from roles to host names, such as { \"Edge\": [\"edge01\"] }.");
            }

            var topology = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
            var keys = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                // A JSON reader keeps the last of two equal keys: the hosts of the first would be dropped unsaid.
                if (keys.TryGetValue(property.Name, out var earlier))
                {
                    throw new UsageException("--topology: the role '" + property.Name + "' is given twice" +
                        (earlier == property.Name ? string.Empty : " (as '" + earlier + "' too)") + "; list all its hosts under one key.");
                }

                keys.Add(property.Name, property.Name);
                var role = roles.FirstOrDefault(r => string.Equals(r, property.Name, StringComparison.OrdinalIgnoreCase))
                    ?? throw new UsageException("--topology: '" + property.Name + "' is not a role of these catalogs; use one of " + string.Join(", ", roles) + ".");
                var hosts = property.Value.ValueKind switch
                {
                    JsonValueKind.String => [property.Value.GetString()!],
                    JsonValueKind.Array when property.Value.EnumerateArray().All(h => h.ValueKind == JsonValueKind.String) =>
                        property.Value.EnumerateArray().Select(h => h.GetString()!).ToList(),
                    _ => throw new UsageException("--topology: the role '" + property.Name + "' must map to a host name or a list of host names."),
                };
                topology[role] = hosts.Select(ProbeCommand.CanonicalHost).ToList();
            }

            return topology;
        }
    }
}
