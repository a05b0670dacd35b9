using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using CsCheck;

namespace ExchangePorts.Tool.Tests.Hostile;

/// <summary>One entry of a generated catalog: identifiers and role keys a catalog allows, hostile text everywhere else.</summary>
internal sealed record HostileEntry(
    string Group, string Name, string Port, string Transport, string From, string To, string FromRoles, string ToRoles,
    string Service, string Security, string Description, string Source, string Notes)
{
    public string[] Fields => [Group, Name, Port, Transport, From, To, FromRoles, ToRoles, Service, Security, Description, Source, Notes];

    /// <summary>The free-text fields, which the tool must carry into its output exactly, or escaped and nothing more.</summary>
    public string[] Texts => [From, To, Service, Security, Description, Source, Notes];
}

/// <summary>A catalog of a few entries between roles (Mermaid and DOT keywords among them), with hostile text in every text field.</summary>
internal sealed record HostileCatalog(IReadOnlyList<HostileEntry> Entries, bool Json, string FileName)
{
    public static readonly string[] Columns = ["group", "name", "port", "transport", "from", "to", "fromRoles", "toRoles", "service", "security", "description", "source", "notes"];

    /// <summary>Role keys as catalogs allow them (a letter, then letters and digits), some of them Mermaid or DOT keywords.</summary>
    private static readonly Gen<string> Role = Gen.OneOf("Edge", "Mailbox", "Internet", "end", "subgraph", "graph", "style", "o", "x", "node", "edge", "digraph", "Local", "TB", "default", "click");

    private static readonly Gen<string> Port = Gen.OneOf("25", "135", "443", "50636", "1024-2000", "49152-65535", "53", "3389");

    private static readonly Gen<HostileEntry> Entry =
        Gen.Select(Gen.OneOf("G", "Smtp", "Rpc"), Port, Gen.OneOf("tcp", "udp", "tcp/udp"), Role.Array[1, 2], Role.Array[1, 2], HostileText.Text.Array[7], (group, port, transport, from, to, text) =>
            new HostileEntry(group, "E", port, transport, text[0], text[1], string.Join("/", from.Distinct()), string.Join("/", to.Distinct()), text[2], text[3], text[4], text[5], text[6]));

    /// <summary>A file name with hostile text in it (no '/' and no NUL, which no file name can hold).</summary>
    public static readonly Gen<string> FileNames = HostileText.Text.Select(text => new string(text.Where(c => c is not ('/' or '\0')).Take(60).ToArray()));

    public static readonly Gen<HostileCatalog> Generator =
        Gen.Select(Entry.Array[1, 5], Gen.Bool, FileNames, (entries, json, name) =>
            new HostileCatalog(entries.Select((e, i) => e with { Name = "E" + i.ToString(CultureInfo.InvariantCulture) }).ToList(), json, name));

    /// <summary>The file's name and text, every character a reader cannot see escaped, for a failing sample's report.</summary>
    public override string ToString() => HostileText.Visible(FileName) + ": " + HostileText.Visible(Text());

    /// <summary>
    /// The file's text: CSV with every field quoted (RFC 4180), or JSON with every non-ASCII character escaped. Half a
    /// surrogate pair is no character and a catalog refuses it, so it is written as U+FFFD, as a UTF-8 file would hold it.
    /// </summary>
    public string Text() => WholeCharacters(Json ? ToJson() : ToCsv());


    /// <summary>The text with each half of a surrogate pair replaced by U+FFFD.</summary>
    public static string WholeCharacters(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsSurrogatePair(text, i))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]))
            {
                chars[i] = '\uFFFD';
            }
        }

        return new string(chars);
    }

    private string ToCsv()
    {
        var text = new StringBuilder(string.Join(",", Columns)).Append('\n');
        foreach (var entry in Entries)
        {
            text.Append(string.Join(",", entry.Fields.Select(f => "\"" + f.Replace("\"", "\"\"", System.StringComparison.Ordinal) + "\""))).Append('\n');
        }

        return text.ToString();
    }

    private string ToJson()
    {
        var text = new StringBuilder("{\n  \"entries\": [\n");
        text.Append(string.Join(",\n", Entries.Select(entry =>
            "    { " + string.Join(", ", Columns.Zip(entry.Fields, (column, field) => JsonString(column) + ": " + JsonString(WholeCharacters(field)))) + " }")));
        return text.Append("\n  ]\n}\n").ToString();
    }

    // System.Text.Json escapes every non-ASCII character by default.
    private static string JsonString(string value) => System.Text.Json.JsonSerializer.Serialize(value);
}
