using System.Collections.Generic;

namespace ExchangePorts.Generators.Analyzers;

/// <summary>One catalog constant as the analyzer knows it, from the catalog's data (it holds no symbol, so it outlives a compilation).</summary>
internal sealed class PortConstant(string @namespace, string codeName, string group, string name, string description, string from, string to, string service)
{
    private HashSet<string>? _groupTerms;
    private HashSet<string>? _otherTerms;
    private HashSet<string>? _destinationTerms;

    /// <summary>The catalog class's namespace, empty for the global namespace.</summary>
    public string Namespace { get; } = @namespace;

    /// <summary>
    /// The constant as code writes it once its namespace is imported, and as messages name it, e.g.
    /// <c>ExchangePorts.HubToEdge.Smtp</c> (generated names are never keywords, so never <c>@</c>-escaped).
    /// </summary>
    public string CodeName { get; } = codeName;

    /// <summary>Route and service, e.g. <c>Hub Transport server → Edge Transport server, SMTP</c>.</summary>
    public string Description { get; } = description;

    /// <summary>The group's C# name; empty in a catalog without groups.</summary>
    public string Group { get; } = group;

    /// <summary>The constant's C# name.</summary>
    public string Name { get; } = name;

    /// <summary>The words of the group that are evidence for this entry (<c>hub</c>, <c>edge</c>); made on first use.</summary>
    public HashSet<string> GroupTerms => _groupTerms ??= EvidenceWords.OfEntry(Group, string.Empty, string.Empty, string.Empty);

    /// <summary>Whether the entry's service is a mail or web protocol, whose mail words need code about Exchange.</summary>
    public bool IsMailProtocol { get; } = EvidenceWords.IsMailProtocol(service);

    /// <summary>A path between Exchange Online and on-premises: a candidate only where the code says hybrid.</summary>
    public bool IsHybrid => GroupTerms.Contains(EvidenceWords.Hybrid) || OtherTerms.Contains(EvidenceWords.Hybrid);

    /// <summary>The words of the role the traffic goes to (<c>edge</c> for <c>Edge Transport server</c>).</summary>
    public HashSet<string> DestinationTerms => _destinationTerms ??= EvidenceWords.OfEntry(string.Empty, string.Empty, string.Empty, to);

    /// <summary>The other words of the entry that are evidence for it: of its name and its from/to roles.</summary>
    public HashSet<string> OtherTerms
    {
        get
        {
            if (_otherTerms is null)
            {
                var terms = EvidenceWords.OfEntry(string.Empty, Name, from, to);
                terms.ExceptWith(GroupTerms);
                _otherTerms = terms;
            }

            return _otherTerms;
        }
    }
}
