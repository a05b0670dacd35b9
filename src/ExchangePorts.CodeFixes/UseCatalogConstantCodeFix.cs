using System;
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
/// string, the address becomes an interpolated string. Fix All applies to ports with one candidate.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseCatalogConstantCodeFix)), Shared]
public sealed class UseCatalogConstantCodeFix : CodeFixProvider
{
    /// <summary>
    /// The equivalence key of the action that Fix All applies: the only candidate. With several candidates
    /// each action's key is this plus <c>:</c> and the constant's name, so Fix All never guesses.
    /// </summary>
    public const string SingleCandidateKey = "ExchangePorts.UseCatalogConstant";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = [RuleIds.HardcodedPort, RuleIds.HardcodedPortInString];

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(PortDiagnosticProperties.Candidates, out var joined) || joined is null ||
                !diagnostic.Properties.TryGetValue(PortDiagnosticProperties.DisplayNames, out var displayJoined) || displayJoined is null ||
                root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not { } node ||
                node.FirstAncestorOrSelf<LiteralExpressionSyntax>() is not { } literal)
            {
                continue;
            }

            var candidates = joined.Split(PortDiagnosticProperties.Separator);
            var displayNames = displayJoined.Split(PortDiagnosticProperties.Separator);
            if (diagnostic.Id == RuleIds.HardcodedPortInString && !CanInterpolate(literal, diagnostic))
            {
                continue;
            }

            for (var i = 0; i < candidates.Length; i++)
            {
                var candidate = candidates[i];
                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Use " + displayNames[i],
                        cancellationToken => ReplaceAsync(context.Document, literal, diagnostic, candidate, cancellationToken),
                        candidates.Length == 1 ? SingleCandidateKey : SingleCandidateKey + ":" + displayNames[i]),
                    diagnostic);
            }
        }
    }

    private static async Task<Document> ReplaceAsync(
        Document document, LiteralExpressionSyntax literal, Diagnostic diagnostic, string constant, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is not CompilationUnitSyntax unit || semanticModel is null)
        {
            return document;
        }

        // "Contoso.Lab|LabPorts.Web.Admin" → LabPorts.Web.Admin, with "using Contoso.Lab;" when the code
        // does not see that namespace yet.
        var split = constant.IndexOf(PortDiagnosticProperties.NamespaceSeparator);
        var @namespace = constant.Substring(0, split);
        var name = constant.Substring(split + 1);
        var needsUsing = @namespace.Length > 0 && !IsImported(semanticModel, literal, @namespace, name.Substring(0, name.IndexOf('.')));
        var reference = SyntaxFactory.ParseExpression(name);

        ExpressionSyntax replacement = diagnostic.Id == RuleIds.HardcodedPortInString
            ? Interpolate(literal, diagnostic, reference)
            : reference;
        var newUnit = unit.ReplaceNode(literal, replacement.WithTriviaFrom(literal));
        if (needsUsing)
        {
            newUnit = newUnit.AddUsings(SyntaxFactory.UsingDirective(SyntaxFactory.ParseName(@namespace))
                .WithAdditionalAnnotations(Microsoft.CodeAnalysis.Formatting.Formatter.Annotation));
        }

        return document.WithSyntaxRoot(newUnit);
    }

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
        var interpolated = (InterpolatedStringExpressionSyntax)SyntaxFactory.ParseExpression(
            (verbatim ? "$@\"" : "$\"") + before + "{0}" + after + "\"");
        var hole = interpolated.Contents.OfType<InterpolationSyntax>().Single();
        return interpolated.ReplaceNode(hole.Expression, reference);
    }

    // Literal braces must be doubled in an interpolated string; escapes in the text stay as written.
    private static string Escape(string text) => text.Replace("{", "{{").Replace("}", "}}");

    /// <summary>
    /// Only a regular or verbatim literal whose digits were located, and not where a constant is
    /// required (an interpolated string with an int hole is not a constant).
    /// </summary>
    private static bool CanInterpolate(LiteralExpressionSyntax literal, Diagnostic diagnostic)
    {
        var text = literal.Token.Text;
        if (!diagnostic.Properties.ContainsKey(PortDiagnosticProperties.PortOffset) ||
            !(text.StartsWith("\"", StringComparison.Ordinal) || text.StartsWith("@\"", StringComparison.Ordinal)))
        {
            return false;
        }

        var inConstantContext = literal.Ancestors().Any(a =>
            a is AttributeArgumentSyntax or ParameterSyntax or CaseSwitchLabelSyntax or ConstantPatternSyntax ||
            a is LocalDeclarationStatementSyntax local && local.IsConst ||
            a is FieldDeclarationSyntax field && field.Modifiers.Any(SyntaxKind.ConstKeyword));
        return !inConstantContext;
    }

    private static (int Offset, int Length) PortSpan(Diagnostic diagnostic) =>
        (int.Parse(diagnostic.Properties[PortDiagnosticProperties.PortOffset]!, CultureInfo.InvariantCulture),
         int.Parse(diagnostic.Properties[PortDiagnosticProperties.PortLength]!, CultureInfo.InvariantCulture));
}
