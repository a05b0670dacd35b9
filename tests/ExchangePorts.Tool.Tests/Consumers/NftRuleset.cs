using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace ExchangePorts.Tool.Tests.Consumers;

/// <summary>
/// What nft holds after loading, from <c>nft -j list ruleset</c>: each table's chains and rules, each rule as plain words
/// (<c>ip saddr 10.1.0.0/24 tcp dport 50636 accept</c>, a set as its members joined by commas in nft's order), so a
/// test compares the rules the kernel has with the rules the tool planned.
/// </summary>
internal sealed class NftRuleset
{
    private NftRuleset(List<(string Table, string Json)> objects, Dictionary<string, List<string>> rules, Dictionary<string, List<string>> chains)
    {
        Objects = objects;
        Rules = rules;
        Chains = chains;
    }

    /// <summary>Every table, chain, set and rule as nft lists it, by table, handles left out.</summary>
    public List<(string Table, string Json)> Objects { get; }

    /// <summary>Each table's rules, in order.</summary>
    public Dictionary<string, List<string>> Rules { get; }

    /// <summary>Each table's chains: <c>input filter hook input prio 0 policy accept</c>.</summary>
    public Dictionary<string, List<string>> Chains { get; }

    public IEnumerable<string> Tables => Objects.Select(o => o.Table).Distinct();

    public static NftRuleset Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var objects = new List<(string, string)>();
        var rules = new Dictionary<string, List<string>>();
        var chains = new Dictionary<string, List<string>>();
        foreach (var item in document.RootElement.GetProperty("nftables").EnumerateArray())
        {
            var property = item.EnumerateObject().First();
            if (property.Name == "metainfo")
            {
                continue;
            }

            var table = property.Name == "table" ? property.Value.GetProperty("name").GetString()! : property.Value.GetProperty("table").GetString()!;
            var withoutHandle = property.Value.EnumerateObject().Where(p => p.Name != "handle").Select(p => p.Name + "=" + p.Value.GetRawText());
            objects.Add((table, property.Name + ":" + string.Join(";", withoutHandle)));
            if (property.Name == "rule")
            {
                Add(rules, table, string.Join(" ", property.Value.GetProperty("expr").EnumerateArray().Select(Expression)));
            }
            else if (property.Name == "chain")
            {
                var chain = property.Value;
                Add(chains, table, chain.GetProperty("name").GetString() + (chain.TryGetProperty("hook", out var hook)
                    ? " " + chain.GetProperty("type").GetString() + " hook " + hook.GetString() + " prio " + chain.GetProperty("prio").GetRawText() + " policy " + chain.GetProperty("policy").GetString()
                    : string.Empty));
            }
        }

        return new NftRuleset(objects, rules, chains);
    }

    private static void Add(Dictionary<string, List<string>> lists, string table, string item)
    {
        if (!lists.TryGetValue(table, out var list))
        {
            lists.Add(table, list = []);
        }

        list.Add(item);
    }

    private static string Expression(JsonElement expression)
    {
        var property = expression.EnumerateObject().First();
        return property.Name switch
        {
            "match" => Operand(property.Value.GetProperty("left")) + " " + Value(property.Value.GetProperty("right")),
            "accept" or "drop" => property.Name,
            _ => "<" + property.Name + ":" + property.Value.GetRawText() + ">",
        };
    }

    private static string Operand(JsonElement left)
    {
        var property = left.EnumerateObject().First();
        return property.Name switch
        {
            "payload" => property.Value.GetProperty("protocol").GetString() + " " + property.Value.GetProperty("field").GetString(),
            "meta" or "ct" => property.Name + " " + property.Value.GetProperty("key").GetString(),
            "&" => Operand(property.Value[0]) + " & " + Value(property.Value[1]),
            _ => "<" + left.GetRawText() + ">",
        };
    }

    private static string Value(JsonElement right) => right.ValueKind switch
    {
        JsonValueKind.String => right.GetString()!,
        JsonValueKind.Number => right.GetRawText(),
        JsonValueKind.Array => string.Join(",", right.EnumerateArray().Select(Value)),
        JsonValueKind.Object => ObjectValue(right.EnumerateObject().First()),
        _ => "<" + right.GetRawText() + ">",
    };

    private static string ObjectValue(JsonProperty value) => value.Name switch
    {
        "set" => Value(value.Value),
        "prefix" => value.Value.GetProperty("addr").GetString() + "/" + value.Value.GetProperty("len").GetRawText(),
        "range" => Value(value.Value[0]) + "-" + Value(value.Value[1]),
        _ => "<" + value.Name + ":" + value.Value.GetRawText() + ">",
    };
}
