using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ExchangePorts.Generators.Analyzers;

/// <summary>
/// What counts as evidence that a port literal means a catalog entry, behind one door: every rule and knob is
/// here or named here. The analyzer reports a literal only for the entries this class selects, best first.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><description><b>Which ports need evidence.</b> A standard protocol's port (<see cref="StandardPorts"/>:
/// <c>Data/standard-ports.csv</c>, rows of IANA's registry, and <c>Data/proxy-ports.csv</c>, open-proxy ports)
/// is reported only for entries with evidence. Any other catalog port is distinctive (EdgeSync's 50636): it is
/// the catalog's, and evidence only ranks its entries.</description></item>
/// <item><description><b>The code read</b> (<see cref="ContextWords"/>): the identifiers and strings of the
/// literal's statement (or of the member it initializes), without the bodies of statements nested in it, and the
/// names of the members and types around it.</description></item>
/// <item><description><b>The words that count</b> (<see cref="EvidenceWords"/>): an entry's terms are the words
/// of its group, its name and its from/to roles that are not generic (protocols, plain English, roles any system
/// has), with Exchange's compounds joined; code words are split the same way, with abbreviations (<c>mbx</c>,
/// <c>cas</c>) and client-access services (<c>ews</c>, <c>owa</c> → <c>clientaccess</c>) expanded. Mail words
/// (<c>mailbox</c>, <c>access</c>, <c>delivery</c>, <c>exchange</c>) count for a mail or web protocol's entry
/// (SMTP, POP3, IMAP4, HTTP) only in code that is about Exchange (one of its own words, or <c>exchange</c>
/// naming the product), and for another protocol's entry (RPC on 135) anywhere; a hybrid entry is a
/// candidate only where the code says hybrid (<c>hybrid</c>, <c>ExchangeOnline</c>, <c>o365</c>, <c>m365</c>,
/// <c>mrsproxy</c>). <see cref="PortConstant"/> keeps each entry's terms.</description></item>
/// <item><description><b>The weights</b>: a group term found in the code counts <see cref="GroupWeight"/>, a
/// term of the role the traffic goes to <see cref="DestinationWeight"/>, any other term of the entry
/// <see cref="OtherWeight"/>; ties keep catalog order.</description></item>
/// <item><description><b>The option</b> <see cref="RequireEvidenceOption"/> (<c>.editorconfig</c>):
/// <c>false</c> reports every catalog port in a port position, ranked, evidence or not.</description></item>
/// </list>
/// Runs only for a literal already known to be a catalog port in a port position.
/// </remarks>
internal static class CandidateEvidence
{
    /// <summary>
    /// .editorconfig option: <c>false</c> reports every catalog port in a port position, with or without
    /// evidence of which entry it is (for code bases that are all Exchange tooling). Default <c>true</c>.
    /// </summary>
    public const string RequireEvidenceOption = "exchange_ports.require_evidence";

    /// <summary>A word of the entry's group: the data path says the most.</summary>
    public const int GroupWeight = 4;

    /// <summary>
    /// A word of the role the traffic goes to: a port is where traffic goes, so a role named near it is more
    /// often the destination ("mailbox" ranks HubToMailbox before MailboxToHub).
    /// </summary>
    public const int DestinationWeight = 2;

    /// <summary>Any other word of the entry's name or roles: it breaks ties.</summary>
    public const int OtherWeight = 1;

    /// <summary>Whether the option leaves evidence required for this file (the default).</summary>
    public static bool IsRequired(AnalyzerOptions options, SyntaxTree tree) =>
        !options.AnalyzerConfigOptionsProvider.GetOptions(tree).TryGetValue(RequireEvidenceOption, out var value) ||
        !string.Equals(value.Trim(), "false", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The entries to report, best first; empty when the code does not show which is meant.
    /// <paramref name="requireEvidence"/> false keeps every candidate, ranked.
    /// </summary>
    public static PortConstant[] Select(PortConstant[] candidates, int port, SyntaxNode literal, bool requireEvidence)
    {
        // The option says the code base is all Exchange tooling: mail words count everywhere.
        var context = ContextWords(literal, assumeExchange: !requireEvidence);
        var scores = new int[candidates.Length];
        var withEvidence = 0;
        for (var i = 0; i < candidates.Length; i++)
        {
            scores[i] = Score(candidates[i], context);
            withEvidence += scores[i] > 0 ? 1 : 0;
        }

        if (withEvidence == 0 && requireEvidence && StandardPorts.Contains(port))
        {
            return [];
        }

        var keepAll = withEvidence == 0 || !requireEvidence;
        var order = new List<int>(candidates.Length);
        for (var i = 0; i < candidates.Length; i++)
        {
            if (keepAll || scores[i] > 0)
            {
                order.Add(i);
            }
        }

        // Ties keep the index's order (catalog by catalog, entry by entry), the same every time.
        order.Sort((x, y) => scores[x] != scores[y] ? scores[y].CompareTo(scores[x]) : x.CompareTo(y));
        var selected = new PortConstant[order.Count];
        for (var i = 0; i < selected.Length; i++)
        {
            selected[i] = candidates[order[i]];
        }

        return selected;
    }

    // Each word counts once: EdgeToEdge does not match "edge" twice as well as HubToEdge does. Mail words
    // count for a mail or web protocol's entry only in code about Exchange (every IMAP client says mailbox);
    // for another protocol's entry they say more (a mailbox's RPC on 135 is Exchange's MAPI). A hybrid entry
    // needs the code to say hybrid: without it, it scores below zero, never a candidate by evidence and last
    // where every entry is kept.
    private static int Score(PortConstant candidate, CodeWords context)
    {
        if (candidate.IsHybrid && !context.Words.Contains(EvidenceWords.Hybrid))
        {
            return -1;
        }

        var score = Sum(candidate, candidate.GroupTerms, context.Words, context, GroupWeight) +
            Sum(candidate, candidate.OtherTerms, context.Words, context, OtherWeight) +
            Sum(candidate, candidate.DestinationTerms, context.Words, context, DestinationWeight);
        return score == 0 ? 0 : score +
            Sum(candidate, candidate.GroupTerms, context.TypeWords, context, GroupWeight) +
            Sum(candidate, candidate.OtherTerms, context.TypeWords, context, OtherWeight) +
            Sum(candidate, candidate.DestinationTerms, context.TypeWords, context, DestinationWeight);
    }

    private static int Sum(PortConstant candidate, HashSet<string> terms, HashSet<string> words, CodeWords context, int weight)
    {
        var score = 0;
        foreach (var term in terms)
        {
            if (words.Contains(term) && (!EvidenceWords.IsMail(term) || context.IsAboutExchange || !candidate.IsMailProtocol))
            {
                score += weight;
            }
        }

        return score;
    }

    /// <summary>
    /// The words of the code that speaks about the literal: the identifiers and strings of its statement
    /// (or of the member it initializes), without the bodies of statements nested in it, the name of the
    /// member it is in, and the names of the types around it; where the member's name says what it is about
    /// itself (<c>WebTraffic</c> in <c>EdgeFirewallRules</c> is about web traffic, not the Edge), the types'
    /// names only rank the entries that the other words found. The code is
    /// about Exchange when any of those words is Exchange's own.
    /// </summary>
    public static CodeWords ContextWords(SyntaxNode literal, bool assumeExchange = false)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var typeWords = new HashSet<string>(StringComparer.Ordinal);
        var aboutExchange = assumeExchange;
        SyntaxNode? scope = null;
        var memberSaysItself = false;
        foreach (var ancestor in literal.Ancestors())
        {
            if (scope is null && IsScope(ancestor))
            {
                scope = ancestor;
            }

            if (NameOf(ancestor) is { } name)
            {
                if (ancestor is BaseTypeDeclarationSyntax)
                {
                    // A type's name speaks for a member that does not say what it is about (DefaultGCPort in
                    // HubDirectoryCheck); it still tells whether the code is about Exchange.
                    aboutExchange |= EvidenceWords.AddOfCode(name.ValueText, memberSaysItself ? typeWords : words);
                }
                else
                {
                    memberSaysItself |= EvidenceWords.SaysWhatItIsAbout(name.ValueText);
                    aboutExchange |= EvidenceWords.AddOfCode(name.ValueText, words);
                }
            }
        }

        if (scope is not null)
        {
            foreach (var token in scope.DescendantTokens(node => node == scope || node is not (StatementSyntax or BaseTypeDeclarationSyntax)))
            {
                if (token.IsKind(SyntaxKind.IdentifierToken) || token.IsKind(SyntaxKind.StringLiteralToken) ||
                    token.IsKind(SyntaxKind.InterpolatedStringTextToken))
                {
                    aboutExchange |= EvidenceWords.AddOfCode(token.ValueText, words);
                }
            }
        }

        typeWords.ExceptWith(words);
        return new CodeWords(words, typeWords, aboutExchange);
    }

    /// <summary>The words of the code around a literal, and whether it is about Exchange (mail words then count).</summary>
    internal sealed class CodeWords(HashSet<string> words, HashSet<string> typeWords, bool isAboutExchange)
    {
        public HashSet<string> Words { get; } = words;

        /// <summary>The words of the enclosing types' names where the member says what it is about: they only rank entries the other words found.</summary>
        public HashSet<string> TypeWords { get; } = typeWords;

        public bool IsAboutExchange { get; } = isAboutExchange;
    }

    private static bool IsScope(SyntaxNode node) =>
        node is StatementSyntax and not BlockSyntax ||
        node is MemberDeclarationSyntax and not BaseTypeDeclarationSyntax and not BaseNamespaceDeclarationSyntax;

    private static SyntaxToken? NameOf(SyntaxNode node) => node switch
    {
        BaseTypeDeclarationSyntax type => type.Identifier,
        MethodDeclarationSyntax method => method.Identifier,
        LocalFunctionStatementSyntax localFunction => localFunction.Identifier,
        PropertyDeclarationSyntax property => property.Identifier,
        EventDeclarationSyntax @event => @event.Identifier,
        _ => null,
    };
}
