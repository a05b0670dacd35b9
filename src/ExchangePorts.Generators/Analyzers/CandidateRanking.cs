using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace ExchangePorts.Generators.Analyzers;

/// <summary>
/// Orders the constants that share a port by how well they match the words of the surrounding code:
/// in <c>var edgePort = 25;</c>, <c>HubToEdge.Smtp</c> and <c>EdgeToEdge.Smtp</c> come before <c>HubToHub.Smtp</c>.
/// Runs only when a diagnostic is reported.
/// </summary>
internal static class CandidateRanking
{
    // Words that say nothing about which data path is meant.
    private static readonly HashSet<string> Noise = new(StringComparer.OrdinalIgnoreCase)
    {
        "to", "from", "port", "ports", "server", "new", "var", "int", "the", "of", "a", "client", "host", "via", "service",
    };

    // The words of each constant, computed once: a code base reports the same few constants many times.
    private static readonly ConditionalWeakTable<PortConstant, CandidateWords> WordsOfConstant = new();

    public static PortConstant[] Rank(PortConstant[] candidates, SyntaxNode context)
    {
        if (candidates.Length < 2)
        {
            return candidates;
        }

        var contextWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var token in context.DescendantTokens())
        {
            if (token.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.IdentifierToken) ||
                token.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.StringLiteralToken))
            {
                contextWords.UnionWith(Words(token.ValueText));
            }
        }

        var scores = new int[candidates.Length];
        for (var i = 0; i < candidates.Length; i++)
        {
            scores[i] = Score(WordsOfConstant.GetValue(candidates[i], static c => new CandidateWords(c)), contextWords);
        }

        var ranked = new PortConstant[candidates.Length];
        var order = new int[candidates.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (x, y) => scores[x] != scores[y] ? scores[y].CompareTo(scores[x]) : candidates[x].Order.CompareTo(candidates[y].Order));
        for (var i = 0; i < order.Length; i++)
        {
            ranked[i] = candidates[order[i]];
        }

        return ranked;
    }

    private static int Score(CandidateWords candidate, HashSet<string> contextWords)
    {
        // The group (the data path) says the most; the route and the entry's own name help break ties.
        // Each word counts once: EdgeToEdge does not match "edge" twice as well as HubToEdge does.
        var score = 0;
        foreach (var word in candidate.Group)
        {
            score += contextWords.Contains(word) ? 4 : 0;
        }

        foreach (var word in candidate.NameAndDescription)
        {
            score += contextWords.Contains(word) ? 1 : 0;
        }

        return score;
    }

    /// <summary>Splits <c>edgePort</c>, <c>HubToEdge</c>, <c>SMTP_PORT</c> or prose into lower-case words.</summary>
    public static IEnumerable<string> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var boundary = i == text.Length || !char.IsLetterOrDigit(text[i]) ||
                (i > 0 && char.IsUpper(text[i]) && char.IsLower(text[i - 1]));
            if (boundary && start >= 0)
            {
                var word = text.Substring(start, i - start);
                if (!Noise.Contains(word))
                {
                    yield return word.ToLowerInvariant();
                }

                start = -1;
            }

            if (i < text.Length && char.IsLetterOrDigit(text[i]) && start < 0)
            {
                start = i;
            }
        }
    }

    /// <summary>A constant's distinct words: of its group, and of its name and description.</summary>
    private sealed class CandidateWords(PortConstant constant)
    {
        public string[] Group { get; } = Words(constant.Group).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();

        public string[] NameAndDescription { get; } =
            Words(constant.Field.Name).Concat(Words(constant.Description)).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
    }
}
