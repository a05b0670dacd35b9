using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using ExchangePorts.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
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
    /// <summary>MSBuild property (made visible to the compiler) that turns the analyzer off when <c>false</c>.</summary>
    public const string EnabledProperty = "ExchangePortsAnalyzerEnabled";

    /// <summary>.editorconfig option: ports never reported, e.g. <c>exchange_ports.ignored_ports = 80, 53</c>.</summary>
    public const string IgnoredPortsOption = "exchange_ports.ignored_ports";

    private const int MaxCandidatesInMessage = 5;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        [AnalyzerDiagnostics.HardcodedPort, AnalyzerDiagnostics.HardcodedPortInString];

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            if (start.Options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue("build_property." + EnabledProperty, out var enabled) &&
                string.Equals(enabled.Trim(), "false", StringComparison.OrdinalIgnoreCase))
            {
                return;
            }

            // Read once per compilation; a compilation that can use no catalog costs nothing more.
            if (PortIndex.Create(start.Compilation) is { } index)
            {
                start.RegisterOperationAction(operation => AnalyzeLiteral(operation, index), OperationKind.Literal);
            }
        });
    }

    private static void AnalyzeLiteral(OperationAnalysisContext context, PortIndex index)
    {
        // Hot path: every literal of the code base passes here. The value is already boxed in the
        // operation and the lookup allocates nothing, so a literal that is not a port costs no allocation.
        var value = context.Operation.ConstantValue;
        if (!value.HasValue)
        {
            return;
        }

        if (value.Value is string text)
        {
            AnalyzeString(context, index, text);
            return;
        }

        if (!TryGetPort(value.Value, out var port) ||
            !index.TryGet(port, out var candidates) ||
            PortPosition.TargetName(context.Operation, index) is null ||
            IsIgnored(context, port))
        {
            return;
        }

        Report(context, AnalyzerDiagnostics.HardcodedPort, context.Operation.Syntax.GetLocation(), port, candidates, ImmutableDictionary<string, string?>.Empty);
    }

    private static void AnalyzeString(OperationAnalysisContext context, PortIndex index, string text)
    {
        var found = EndpointString.TryFindPort(text, out var port, out var start, out var length) ||
            (IsAppendedToAString(context.Operation) && EndpointString.TryFindPortSuffix(text, out port, out start, out length));
        if (!found ||
            !index.TryGet(port, out var candidates) ||
            context.Operation.Syntax is not LiteralExpressionSyntax literal ||
            IsIgnored(context, port))
        {
            return;
        }

        // Point at the digits when the literal's text holds the value as is (no escapes before them).
        var token = literal.Token;
        var prefix = token.Text.IndexOf(text, StringComparison.Ordinal);
        var location = prefix >= 0
            ? Location.Create(literal.SyntaxTree, new TextSpan(token.SpanStart + prefix + start, length))
            : literal.GetLocation();
        var properties = prefix >= 0
            ? ImmutableDictionary<string, string?>.Empty
                .Add(PortDiagnosticProperties.PortOffset, (prefix + start).ToString(CultureInfo.InvariantCulture))
                .Add(PortDiagnosticProperties.PortLength, length.ToString(CultureInfo.InvariantCulture))
            : ImmutableDictionary<string, string?>.Empty;
        Report(context, AnalyzerDiagnostics.HardcodedPortInString, location, port, candidates, properties);
    }

    // host + ":3268": the right side of a string concatenation.
    private static bool IsAppendedToAString(IOperation literal) =>
        literal.Parent is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, Type.SpecialType: SpecialType.System_String } concatenation &&
        concatenation.RightOperand == literal;

    private static void Report(
        OperationAnalysisContext context,
        DiagnosticDescriptor descriptor,
        Location location,
        int port,
        PortConstant[] candidates,
        ImmutableDictionary<string, string?> properties)
    {
        var syntax = context.Operation.Syntax;
        var surroundings = (SyntaxNode?)syntax.FirstAncestorOrSelf<StatementSyntax>() ??
            syntax.FirstAncestorOrSelf<MemberDeclarationSyntax>() ?? syntax;
        var ranked = CandidateRanking.Rank(candidates, surroundings);

        var described = ranked.Take(MaxCandidatesInMessage).Select(c => c.Description.Length > 0 ? c.DisplayName + " (" + c.Description + ")" : c.DisplayName);
        var what = ranked.Length == 1
            ? "the catalog port " + described.First()
            : "one of the catalog ports " + string.Join(", ", described) +
              (ranked.Length > MaxCandidatesInMessage ? " and " + (ranked.Length - MaxCandidatesInMessage).ToString(CultureInfo.InvariantCulture) + " more" : string.Empty);

        properties = properties
            .Add(PortDiagnosticProperties.Candidates, string.Join(
                PortDiagnosticProperties.Separator.ToString(),
                ranked.Select(c => c.Namespace + PortDiagnosticProperties.NamespaceSeparator + c.CodeName)))
            .Add(PortDiagnosticProperties.DisplayNames, string.Join(PortDiagnosticProperties.Separator.ToString(), ranked.Select(c => c.DisplayName)));
        context.ReportDiagnostic(Diagnostic.Create(descriptor, location, properties, port.ToString(CultureInfo.InvariantCulture), what));
    }

    private static bool TryGetPort(object? value, out int port)
    {
        port = value switch
        {
            int i => i,
            long l when l is > 0 and <= 65535 => (int)l,
            uint u when u <= 65535 => (int)u,
            ulong u when u <= 65535 => (int)u,
            _ => 0,
        };
        return port is > 0 and <= 65535;
    }

    private static bool IsIgnored(OperationAnalysisContext context, int port)
    {
        var options = context.Options.AnalyzerConfigOptionsProvider.GetOptions(context.Operation.Syntax.SyntaxTree);
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
