using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ExchangePorts.Generators.Analyzers;
using ExchangePorts.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ExchangePorts.CodeFixes;

/// <summary>
/// Replaces a hardcoded port with the catalog constant: one action per candidate, best first. In a
/// string, the address becomes an interpolated string (or gains a hole, if it is one already). Fix All
/// (and so <c>dotnet format</c>) changes only the sites with a single candidate, whichever action it was
/// started from: it never guesses.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseCatalogConstantCodeFix)), Shared]
public sealed class UseCatalogConstantCodeFix : CodeFixProvider
{
    /// <summary>
    /// The equivalence key of the action for a site with one candidate. With several candidates each
    /// action's key is this plus <c>:</c> and the constant's name.
    /// </summary>
    public const string SingleCandidateKey = "ExchangePorts.UseCatalogConstant";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = [RuleIds.HardcodedPort, RuleIds.HardcodedPortInString];

    // dotnet format starts Fix All from the first action of whichever diagnostic it meets first, so the
    // batch fix must not depend on that action's key: it fixes every single-candidate site it is given.
    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(FixAllInDocumentAsync);

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (FixableSite(root, diagnostic) is not { } site ||
                !diagnostic.Properties.TryGetValue(PortDiagnosticProperties.Candidates, out var joined) || joined is null ||
                !diagnostic.Properties.TryGetValue(PortDiagnosticProperties.DisplayNames, out var displayJoined) || displayJoined is null)
            {
                continue;
            }

            var candidates = joined.Split(PortDiagnosticProperties.Separator);
            var displayNames = displayJoined.Split(PortDiagnosticProperties.Separator);
            for (var i = 0; i < candidates.Length && i < displayNames.Length; i++)
            {
                var candidate = candidates[i];
                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Use " + displayNames[i],
                        cancellationToken => FixAsync(context.Document, [(site, diagnostic, candidate)], cancellationToken),
                        candidates.Length == 1 ? SingleCandidateKey : SingleCandidateKey + ":" + displayNames[i]),
                    diagnostic);
            }
        }
    }

    private static async Task<Document?> FixAllInDocumentAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
    {
        var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var fixes = new List<(ExpressionSyntax Site, Diagnostic Diagnostic, string Constant)>();
        foreach (var diagnostic in diagnostics)
        {
            if (FixableSite(root, diagnostic) is { } site &&
                diagnostic.Properties.TryGetValue(PortDiagnosticProperties.Candidates, out var joined) && joined is not null &&
                joined.IndexOf(PortDiagnosticProperties.Separator) < 0)
            {
                fixes.Add((site, diagnostic, joined));
            }
        }

        return fixes.Count == 0 ? document : await FixAsync(document, fixes, context.CancellationToken).ConfigureAwait(false);
    }

    /// <summary>The literal or interpolated string a diagnostic is about, or null where no fix can be made.</summary>
    private static ExpressionSyntax? FixableSite(SyntaxNode root, Diagnostic diagnostic)
    {
        if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not { } node ||
            node.FirstAncestorOrSelf<ExpressionSyntax>(e => e is LiteralExpressionSyntax or InterpolatedStringExpressionSyntax) is not { } site)
        {
            return null;
        }

        return diagnostic.Id != RuleIds.HardcodedPortInString || CanRewriteAddress(site, diagnostic) ? site : null;
    }

    private static async Task<Document> FixAsync(
        Document document, IReadOnlyList<(ExpressionSyntax Site, Diagnostic Diagnostic, string Constant)> fixes, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is not CompilationUnitSyntax unit || semanticModel is null)
        {
            return document;
        }

        // "Contoso.Lab|LabPorts.Web.Admin" → LabPorts.Web.Admin, with "using Contoso.Lab;" when the code
        // does not see that namespace yet.
        var replacements = new Dictionary<SyntaxNode, ExpressionSyntax>();
        var usings = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (site, diagnostic, constant) in fixes)
        {
            var split = constant.IndexOf(PortDiagnosticProperties.NamespaceSeparator);
            var @namespace = constant.Substring(0, split);
            var name = constant.Substring(split + 1);
            if (@namespace.Length > 0 && !IsImported(semanticModel, site, @namespace, name.Substring(0, name.IndexOf('.'))))
            {
                usings.Add(@namespace);
            }

            replacements[site] = Replacement(site, diagnostic, SyntaxFactory.ParseExpression(name)).WithTriviaFrom(site);
        }

        var newUnit = unit.ReplaceNodes(replacements.Keys, (original, _) => replacements[original]);
        foreach (var @namespace in usings)
        {
            newUnit = newUnit.AddUsings(SyntaxFactory.UsingDirective(SyntaxFactory.ParseName(@namespace))
                .WithAdditionalAnnotations(Microsoft.CodeAnalysis.Formatting.Formatter.Annotation));
        }

        return document.WithSyntaxRoot(newUnit);
    }

    private static ExpressionSyntax Replacement(ExpressionSyntax site, Diagnostic diagnostic, ExpressionSyntax reference) => site switch
    {
        _ when diagnostic.Id != RuleIds.HardcodedPortInString => reference,
        LiteralExpressionSyntax literal => Interpolate(literal, diagnostic, reference),
        _ => AddHole(site, diagnostic, reference),
    };

    /// <summary>Whether code at <paramref name="node"/> already sees <paramref name="className"/> of <paramref name="namespace"/>.</summary>
    private static bool IsImported(SemanticModel semanticModel, SyntaxNode node, string @namespace, string className) =>
        semanticModel.LookupNamespacesAndTypes(node.SpanStart, name: className)
            .Any(symbol => symbol.ContainingNamespace?.ToDisplayString() == @namespace);

    /// <summary><c>"ldap://dc01:389"</c> → <c>$"ldap://dc01:{ExchangePorts.HubToActiveDirectory.Ldap}"</c>.</summary>
    private static InterpolatedStringExpressionSyntax Interpolate(LiteralExpressionSyntax literal, Diagnostic diagnostic, ExpressionSyntax reference)
    {
        var (offset, length) = PortSpan(diagnostic);
        var text = literal.Token.Text;
        var verbatim = text.StartsWith("@", StringComparison.Ordinal);
        var contentStart = verbatim ? 2 : 1;
        var before = Escape(text.Substring(contentStart, offset - contentStart));
        var after = Escape(text.Substring(offset + length, text.Length - 1 - (offset + length)));
        return WithHole((verbatim ? "$@\"" : "$\"") + before + "{0}" + after + "\"", reference);
    }

    /// <summary><c>$"smtp://{edgeHost}:25"</c> → <c>$"smtp://{edgeHost}:{ExchangePorts.HubToEdge.Smtp}"</c>.</summary>
    private static InterpolatedStringExpressionSyntax AddHole(ExpressionSyntax interpolated, Diagnostic diagnostic, ExpressionSyntax reference)
    {
        var (offset, length) = PortSpan(diagnostic);
        var text = interpolated.ToString();
        var holes = ((InterpolatedStringExpressionSyntax)interpolated).Contents.OfType<InterpolationSyntax>().Count();
        var rewritten = (InterpolatedStringExpressionSyntax)SyntaxFactory.ParseExpression(
            text.Substring(0, offset) + "{0}" + text.Substring(offset + length));

        // The new hole is the one whose expression is the literal 0 at the port's place.
        var hole = rewritten.Contents.OfType<InterpolationSyntax>().First(h => h.SpanStart == offset);
        return holes + 1 == rewritten.Contents.OfType<InterpolationSyntax>().Count()
            ? rewritten.ReplaceNode(hole.Expression, reference)
            : (InterpolatedStringExpressionSyntax)interpolated;
    }

    private static InterpolatedStringExpressionSyntax WithHole(string text, ExpressionSyntax reference)
    {
        var interpolated = (InterpolatedStringExpressionSyntax)SyntaxFactory.ParseExpression(text);
        var hole = interpolated.Contents.OfType<InterpolationSyntax>().Single();
        return interpolated.ReplaceNode(hole.Expression, reference);
    }

    // Literal braces must be doubled in an interpolated string; escapes in the text stay as written.
    private static string Escape(string text) => text.Replace("{", "{{").Replace("}", "}}");

    /// <summary>
    /// Only an ordinary or verbatim string whose digits were located, and not where a constant is required
    /// (an interpolated string with an int hole is not a constant).
    /// </summary>
    private static bool CanRewriteAddress(ExpressionSyntax site, Diagnostic diagnostic)
    {
        if (!diagnostic.Properties.ContainsKey(PortDiagnosticProperties.PortOffset) ||
            site is LiteralExpressionSyntax { Token.Text: var text } &&
            !(text.StartsWith("\"", StringComparison.Ordinal) || text.StartsWith("@\"", StringComparison.Ordinal)))
        {
            return false;
        }

        var inConstantContext = site.Ancestors().Any(a =>
            a is AttributeArgumentSyntax or ParameterSyntax or CaseSwitchLabelSyntax or ConstantPatternSyntax ||
            a is LocalDeclarationStatementSyntax local && local.IsConst ||
            a is FieldDeclarationSyntax field && field.Modifiers.Any(SyntaxKind.ConstKeyword));
        return !inConstantContext;
    }

    private static (int Offset, int Length) PortSpan(Diagnostic diagnostic) =>
        (int.Parse(diagnostic.Properties[PortDiagnosticProperties.PortOffset]!, CultureInfo.InvariantCulture),
         int.Parse(diagnostic.Properties[PortDiagnosticProperties.PortLength]!, CultureInfo.InvariantCulture));
}
