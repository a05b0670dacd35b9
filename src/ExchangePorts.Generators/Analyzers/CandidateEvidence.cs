using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ExchangePorts.Generators.Analyzers;

/// <summary>
/// Decides which catalog entries a port literal can be said to mean, from what the code shows, and ranks
/// them. An entry has evidence when the words around the literal (the identifiers and strings of its
/// statement, the names of the members and types it is in) name its group, its name or its roles beyond
/// the protocol (<see cref="EvidenceWords"/>). A literal of a standard protocol's port (<see cref="StandardPorts"/>)
/// is reported only for entries with evidence; a distinctive port is the catalog's, and words only narrow it
/// down. Runs only for a literal already known to be a catalog port in a port position.
/// </summary>
internal static class CandidateEvidence
{
    /// <summary>
    /// The entries to report, best first; empty when the code does not show which is meant.
    /// <paramref name="requireEvidence"/> false keeps every candidate, ranked (the analyzer's option for code
    /// bases that are all Exchange tooling).
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

    // The group (the data path) says the most; the name and roles help break ties. Each word counts once:
    // EdgeToEdge does not match "edge" twice as well as HubToEdge does. A port is where traffic goes, so a
    // role named near it is more often the destination: "mailbox" ranks HubToMailbox before MailboxToHub.
    private static int Score(PortConstant candidate, HashSet<string> context)
    {
        var score = 0;
        foreach (var term in candidate.GroupTerms)
        {
            score += context.Contains(term) ? 4 : 0;
        }

        foreach (var term in candidate.OtherTerms)
        {
            score += context.Contains(term) ? 1 : 0;
        }

        foreach (var term in candidate.DestinationTerms)
        {
            score += context.Contains(term) ? 2 : 0;
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
