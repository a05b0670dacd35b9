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
/// has), with neighbouring words joined; code words are split the same way, with host-name abbreviations
/// (<c>mbx</c>) expanded. <see cref="PortConstant"/> keeps each entry's terms.</description></item>
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
        var context = ContextWords(literal);
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

    // Each word counts once: EdgeToEdge does not match "edge" twice as well as HubToEdge does.
    private static int Score(PortConstant candidate, HashSet<string> context)
    {
        var score = 0;
        foreach (var term in candidate.GroupTerms)
        {
            score += context.Contains(term) ? GroupWeight : 0;
        }

        foreach (var term in candidate.OtherTerms)
        {
            score += context.Contains(term) ? OtherWeight : 0;
        }

        foreach (var term in candidate.DestinationTerms)
        {
            score += context.Contains(term) ? DestinationWeight : 0;
        }

        return score;
    }

    /// <summary>
    /// The words of the code that speaks about the literal: the identifiers and strings of its statement
    /// (or of the member it initializes), without the bodies of statements nested in it, and the names of
    /// the members and types around it.
    /// </summary>
    public static HashSet<string> ContextWords(SyntaxNode literal)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        SyntaxNode? scope = null;
        foreach (var ancestor in literal.Ancestors())
        {
            if (scope is null && IsScope(ancestor))
            {
                scope = ancestor;
            }

            if (NameOf(ancestor) is { } name)
            {
                EvidenceWords.AddOfCode(name.ValueText, words);
            }
        }

        if (scope is not null)
        {
            foreach (var token in scope.DescendantTokens(node => node == scope || node is not (StatementSyntax or BaseTypeDeclarationSyntax)))
            {
                if (token.IsKind(SyntaxKind.IdentifierToken) || token.IsKind(SyntaxKind.StringLiteralToken) ||
                    token.IsKind(SyntaxKind.InterpolatedStringTextToken))
                {
                    EvidenceWords.AddOfCode(token.ValueText, words);
                }
            }
        }

        return words;
    }

    // A statement, or a member that is no statement's (a field, a property, a method's parameter default).
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
