using System;
using System.Collections.Generic;
using System.Linq;
using ExchangePorts.Generators.Json;
using ExchangePorts.Operations.Entries;
using ExchangePorts.Operations.Errors;
using ExchangePorts.Operations.Files;

namespace ExchangePorts.Operations.Planning;

/// <summary>
/// Where each role runs, for a probe of a whole site: a JSON object from role keys to a host name or a list of them,
/// such as <c>{ "Edge": ["edge01", "edge02"], "Mailbox": "mbx01", "DomainController": ["dc01"] }</c>. Read with the
/// catalog reader's own strict JSON parser.
/// </summary>
internal static class Topology
{
    private static readonly string Option = ParameterNames.CommandLine.Topology;

    /// <exception cref="OperationsException">The file is missing, not JSON, or not such an object.</exception>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Load(string path, IReadOnlyList<string> roles)
    {
        var (root, error) = JsonParser.Parse(InputFile.ReadText(path, Option), lenient: true);
        if (error is not null || root is null)
        {
            throw new OperationsException(Option + ": " + path + " is not valid JSON: " + (error?.Message ?? "it is empty") + ".");
        }

        if (root.Kind != JsonKind.Object)
        {
            throw new OperationsException(Option + ": " + path + " must be an object from roles to host names, such as { \"Edge\": [\"edge01\"] }.");
        }

        var topology = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        var keys = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in root.Properties)
        {
            // A JSON reader that keeps the last of two equal keys would drop the first's hosts unsaid.
            if (keys.TryGetValue(property.Name, out var earlier))
            {
                throw new OperationsException(Option + ": the role '" + property.Name + "' is given twice" +
                    (earlier == property.Name ? string.Empty : " (as '" + earlier + "' too)") + "; list all its hosts under one key.");
            }

            keys.Add(property.Name, property.Name);
            var role = RoleKeys.Find(roles, Option, property.Name);
            var value = property.Value;
            IReadOnlyList<string> hosts = value.Kind switch
            {
                JsonKind.String => [value.Text],
                JsonKind.Array when value.Items.All(h => h.Kind == JsonKind.String) => value.Items.Select(h => h.Text).ToList(),
                _ => throw new OperationsException(Option + ": the role '" + property.Name + "' must map to a host name or a list of host names."),
            };
            topology[role] = hosts.Select(h => Hosts.Canonical(h, Option)).ToList();
        }

        return topology;
    }
}
