using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using ExchangePorts.Generators.Common;
using ExchangePorts.Generators.Diagnostics;
using ExchangePorts.Generators.Roslyn;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace ExchangePorts.Generators.Analyzers;

/// <summary>
/// Flags integers used as ports (EXP2001) and ports written in address strings (EXP2002) that equal a
/// port of a generated catalog, and names the constant to use instead.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HardcodedPortAnalyzer : DiagnosticAnalyzer
{
    /// <summary>.editorconfig option: ports never reported, e.g. <c>exchange_ports.ignored_ports = 80, 53</c>.</summary>
    public const string IgnoredPortsOption = "exchange_ports.ignored_ports";

    // Whether a port needs evidence, and what counts: CandidateEvidence.

    // Longer lists are not read; the code fix offers every candidate all the same.
    private const int MaxCandidatesInMessage = 2;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        [Descriptors.For(AnalyzerDiagnostics.HardcodedPort), Descriptors.For(AnalyzerDiagnostics.HardcodedPortInString)];

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            if (AnalyzerConfigKeys.Is(AnalyzerConfigKeys.Property(new AnalyzerOptionValues(start.Options.AnalyzerConfigOptionsProvider.GlobalOptions), OptionNames.Property.AnalyzerEnabled), false))
            {
                return;
            }

            // Read once per compilation; a compilation that can use no catalog costs nothing more.
            if (PortIndex.Create(start.Compilation) is { } index)
            {
                start.RegisterSyntaxNodeAction(
                    node => AnalyzeLiteral(node, index),
                    SyntaxKind.NumericLiteralExpression,
                    SyntaxKind.StringLiteralExpression);
                start.RegisterSyntaxNodeAction(node => AnalyzeInterpolatedString(node, index), SyntaxKind.InterpolatedStringExpression);
            }
        });
    }

    /// <summary>
    /// The hot path: every literal of the code base passes here. A literal that is not a catalog port is
    /// rejected from its text and one dictionary lookup, with no allocation (the compiler's value of an
    /// integer literal is boxed anew on each read, so it is asked for only once the port matched).
    /// </summary>
    internal static bool IsCatalogPortLiteral(LiteralExpressionSyntax literal, PortIndex index, out int port, out PortConstant[] candidates)
    {
        candidates = [];
        return literal.IsKind(SyntaxKind.NumericLiteralExpression)
            ? IntegerLiteralText.TryParsePort(literal.Token.Text, out port) && index.TryGet(port, out candidates)
            : TryFindPortInString(literal, out port, out _, out _) && index.TryGet(port, out candidates);
    }

    private static void AnalyzeLiteral(SyntaxNodeAnalysisContext context, PortIndex index)
    {
        var literal = (LiteralExpressionSyntax)context.Node;
        if (!IsCatalogPortLiteral(literal, index, out var port, out var candidates))
        {
            return;
        }

        if (literal.IsKind(SyntaxKind.NumericLiteralExpression))
        {
            // Binding the code around a literal is what costs; the syntax often decides without it.
            var verdict = PortPosition.FromSyntax(literal, index);
            if (verdict == SyntaxVerdict.NotAPort ||
                (verdict == SyntaxVerdict.AskTheSemanticModel && !PortPosition.IsPortPosition(literal, context.SemanticModel, index, context.CancellationToken)) ||
                IsIgnored(context.Options, literal.SyntaxTree, port))
            {
                return;
            }

            Report(context, literal, Descriptors.For(AnalyzerDiagnostics.HardcodedPort), literal.GetLocation(), port, candidates, ImmutableDictionary<string, string?>.Empty);
            return;
        }

        if (context.SemanticModel.GetOperation(literal, context.CancellationToken) is not null && !IsIgnored(context.Options, literal.SyntaxTree, port))
        {
            ReportString(context, literal, port, candidates);
        }
    }

    /// <summary><c>$"smtp://{edgeHost}:25"</c>: a port written in the text of an interpolated address.</summary>
    private static void AnalyzeInterpolatedString(SyntaxNodeAnalysisContext context, PortIndex index)
    {
        var interpolated = (InterpolatedStringExpressionSyntax)context.Node;
        if (InterpolatedEndpoint.TryFindPort(interpolated, out var port, out var span) &&
            index.TryGet(port, out var candidates) &&
            !IsIgnored(context.Options, interpolated.SyntaxTree, port))
        {
            var properties = ImmutableDictionary<string, string?>.Empty
                .Add(PortDiagnosticProperties.PortOffset, (span.Start - interpolated.SpanStart).ToString(CultureInfo.InvariantCulture))
                .Add(PortDiagnosticProperties.PortLength, span.Length.ToString(CultureInfo.InvariantCulture));
            Report(context, interpolated, Descriptors.For(AnalyzerDiagnostics.HardcodedPortInString), Location.Create(interpolated.SyntaxTree, span), port, candidates, properties);
        }
    }

    private static bool TryFindPortInString(LiteralExpressionSyntax literal, out int port, out int start, out int length)
    {
        var text = literal.Token.ValueText;
        port = start = length = 0;
        return EndpointString.TryFindPort(text, out port, out start, out length) ||
            (IsAppendedToAString(literal) && EndpointString.TryFindPortSuffix(text, out port, out start, out length));
    }

    private static void ReportString(SyntaxNodeAnalysisContext context, LiteralExpressionSyntax literal, int port, PortConstant[] candidates)
    {
        TryFindPortInString(literal, out _, out var start, out var length);

        // Point at the digits when the literal's text holds the value as is (no escapes before them).
        var token = literal.Token;
        var prefix = token.Text.IndexOf(token.ValueText, StringComparison.Ordinal);
        var location = prefix >= 0
            ? Location.Create(literal.SyntaxTree, new TextSpan(token.SpanStart + prefix + start, length))
            : literal.GetLocation();
        var properties = prefix >= 0
            ? ImmutableDictionary<string, string?>.Empty
                .Add(PortDiagnosticProperties.PortOffset, (prefix + start).ToString(CultureInfo.InvariantCulture))
                .Add(PortDiagnosticProperties.PortLength, length.ToString(CultureInfo.InvariantCulture))
            : ImmutableDictionary<string, string?>.Empty;
        Report(context, literal, Descriptors.For(AnalyzerDiagnostics.HardcodedPortInString), location, port, candidates, properties);
    }

    // host + ":3268": the right side of a string concatenation.
    private static bool IsAppendedToAString(LiteralExpressionSyntax literal) =>
        literal.Parent is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression } concatenation &&
        concatenation.Right == literal;

    private static void Report(
        SyntaxNodeAnalysisContext context,
        ExpressionSyntax literal,
        DiagnosticDescriptor descriptor,
        Location location,
        int port,
        PortConstant[] candidates,
        ImmutableDictionary<string, string?> properties)
    {
        var ranked = CandidateEvidence.Select(candidates, port, literal, CandidateEvidence.IsRequired(context.Options, literal.SyntaxTree));
        if (ranked.Length == 0)
        {
            return;
        }

        var described = ranked.Take(MaxCandidatesInMessage).Select(c => c.Description.Length > 0 ? c.CodeName + " (" + c.Description + ")" : c.CodeName).ToArray();
        var what = ranked.Length switch
        {
            1 => "the catalog port " + described[0],
            2 => "one of the catalog ports " + described[0] + " and " + described[1],
            _ => "one of the catalog ports " + described[0] + ", " + described[1] + " and " +
                (ranked.Length - MaxCandidatesInMessage).ToString(CultureInfo.InvariantCulture) + " more",
        };

        properties = properties
            .Add(PortDiagnosticProperties.Candidates, string.Join(
                PortDiagnosticProperties.Separator.ToString(),
                ranked.Select(c => c.Namespace + PortDiagnosticProperties.NamespaceSeparator + c.CodeName)))
            .Add(PortDiagnosticProperties.DisplayNames, string.Join(PortDiagnosticProperties.Separator.ToString(), ranked.Select(c => c.CodeName)));
        context.ReportDiagnostic(Diagnostic.Create(descriptor, location, properties, port.ToString(CultureInfo.InvariantCulture), what));
    }

    private static bool IsIgnored(AnalyzerOptions analyzerOptions, SyntaxTree tree, int port)
    {
        var options = analyzerOptions.AnalyzerConfigOptionsProvider.GetOptions(tree);
        if (!options.TryGetValue(IgnoredPortsOption, out var list))
        {
            return false;
        }

        foreach (var item in list.Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (int.TryParse(item, NumberStyles.None, CultureInfo.InvariantCulture, out var ignored) && ignored == port)
            {
                return true;
            }
        }

        return false;
    }
}
