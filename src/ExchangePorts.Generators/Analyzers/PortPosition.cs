using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ExchangePorts.Generators.Analyzers;

/// <summary>
/// Decides whether a literal is used as a port: passed to a parameter, or stored in a property, field,
/// local or parameter default, whose name is <c>port</c> or ends in <c>Port</c>.
/// </summary>
internal static class PortPosition
{
    /// <summary>The name that makes the literal a port (<c>ldapPort</c>), or null when it is used otherwise.</summary>
    public static string? TargetName(IOperation literal, PortIndex index)
    {
        var current = literal;
        var parent = literal.Parent;

        // (ushort)25 or an implicit widening is still the port.
        while (parent is IConversionOperation)
        {
            current = parent;
            parent = parent.Parent;
        }

        var name = parent switch
        {
            IArgumentOperation argument when !index.IsCatalogApi(argument.Parameter?.ContainingSymbol.ContainingType) => argument.Parameter?.Name,
            ISimpleAssignmentOperation assignment when assignment.Value == current => NameOf(assignment.Target),
            IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } => declarator.Symbol.Name,
            IFieldInitializerOperation field when field.InitializedFields.Length == 1 &&
                field.InitializedFields[0].ContainingType.TypeKind != TypeKind.Enum => field.InitializedFields[0].Name,
            IPropertyInitializerOperation property when property.InitializedProperties.Length == 1 => property.InitializedProperties[0].Name,
            IParameterInitializerOperation parameter => parameter.Parameter.Name,
            _ => null,
        };

        return name is not null && IsPortName(name) ? name : null;
    }

    /// <summary>
    /// For a literal the syntax could not decide (<see cref="SyntaxVerdict.AskTheSemanticModel"/>): whether it
    /// is in a port position. A positional argument of a call asks only for the method called (binding the
    /// call, a fraction of what an operation tree of the whole method costs); anything else, for its operation.
    /// </summary>
    public static bool IsPortPosition(LiteralExpressionSyntax literal, SemanticModel model, PortIndex index, CancellationToken cancellationToken)
    {
        var node = OutermostCastOrParentheses(literal);
        if (node.Parent is ArgumentSyntax { NameColon: null, RefKindKeyword.RawKind: 0 } argument &&
            argument.Parent is ArgumentListSyntax arguments &&
            arguments.Parent is InvocationExpressionSyntax or ObjectCreationExpressionSyntax or ImplicitObjectCreationExpressionSyntax or ConstructorInitializerSyntax)
        {
            return model.GetSymbolInfo(arguments.Parent, cancellationToken).Symbol is IMethodSymbol method &&
                !index.IsCatalogApi(method.ContainingType) &&
                ParameterAt(method, arguments.Arguments.IndexOf(argument)) is { IsParams: false } parameter &&
                IsPortName(parameter.Name);
        }

        return model.GetOperation(literal, cancellationToken) is { } operation && TargetName(operation, index) is not null;
    }

    // Positional arguments bind in order (C# requires a named argument before them to be in its position).
    // A params parameter is never the port: the operation's argument would be the array, not the literal.
    private static IParameterSymbol? ParameterAt(IMethodSymbol method, int position) =>
        position < method.Parameters.Length ? method.Parameters[position] : null;

    private static SyntaxNode OutermostCastOrParentheses(LiteralExpressionSyntax literal)
    {
        SyntaxNode node = literal;
        while (node.Parent is CastExpressionSyntax or ParenthesizedExpressionSyntax)
        {
            node = node.Parent;
        }

        return node;
    }

    /// <summary>
    /// What the syntax alone says of an integer literal, so that the analyzer binds the code around it only
    /// when it must (binding is what costs). <see cref="SyntaxVerdict.NotAPort"/>: stored under a name that
    /// is not a port's, used in arithmetic or a comparison, a case label, a return.
    /// <see cref="SyntaxVerdict.Port"/>: the initial value of a variable, field, property or parameter named
    /// as a port, assigned to one, or a named argument <c>port:</c> of a call that cannot be a catalog's own
    /// API. Otherwise (a positional argument, a call that may be a catalog's) only the semantic model can
    /// tell: <see cref="IsPortPosition"/>. Agrees with <see cref="TargetName"/> wherever it decides.
    /// </summary>
    public static SyntaxVerdict FromSyntax(LiteralExpressionSyntax literal, PortIndex index)
    {
        var node = OutermostCastOrParentheses(literal);
        return node.Parent switch
        {
            EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator } => Verdict(declarator.Identifier.ValueText),
            EqualsValueClauseSyntax { Parent: ParameterSyntax parameter } => Verdict(parameter.Identifier.ValueText),
            EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax property } => Verdict(property.Identifier.ValueText),
            EqualsValueClauseSyntax { Parent: EnumMemberDeclarationSyntax } => SyntaxVerdict.NotAPort,
            ArgumentSyntax { NameColon: { } nameColon } argument => !IsPortName(nameColon.Name.Identifier.ValueText)
                ? SyntaxVerdict.NotAPort
                : CalledName(argument) is { } called && !index.MayBeCatalogApi(called) ? SyntaxVerdict.Port : SyntaxVerdict.AskTheSemanticModel,
            AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression } assignment when assignment.Right == node => assignment.Left switch
            {
                IdentifierNameSyntax identifier => Verdict(identifier.Identifier.ValueText),
                MemberAccessExpressionSyntax memberAccess => Verdict(memberAccess.Name.Identifier.ValueText),
                _ => SyntaxVerdict.AskTheSemanticModel,
            },
            BinaryExpressionSyntax or CaseSwitchLabelSyntax or ConstantPatternSyntax or ReturnStatementSyntax or ArrowExpressionClauseSyntax => SyntaxVerdict.NotAPort,
            _ => SyntaxVerdict.AskTheSemanticModel,
        };
    }

    private static SyntaxVerdict Verdict(string name) => IsPortName(name) ? SyntaxVerdict.Port : SyntaxVerdict.NotAPort;

    /// <summary>The simple name of the method or type an argument is passed to, when the syntax says it.</summary>
    private static string? CalledName(ArgumentSyntax argument) => argument.Parent?.Parent switch
    {
        InvocationExpressionSyntax { Expression: var expression } => expression switch
        {
            SimpleNameSyntax name => name.Identifier.ValueText,
            MemberAccessExpressionSyntax memberAccess => memberAccess.Name.Identifier.ValueText,
            MemberBindingExpressionSyntax memberBinding => memberBinding.Name.Identifier.ValueText,
            _ => null,
        },
        ObjectCreationExpressionSyntax { Type: var type } => type switch
        {
            SimpleNameSyntax name => name.Identifier.ValueText,
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            AliasQualifiedNameSyntax aliasQualified => aliasQualified.Name.Identifier.ValueText,
            _ => null,
        },
        _ => null,
    };

    /// <summary>
    /// True when one of the name's words is "port", ignoring case: <c>port</c>, <c>ldapPort</c>,
    /// <c>SMTP_PORT</c>, <c>portNumber</c> (UriBuilder, LdapDirectoryIdentifier); not names that merely
    /// contain the letters (<c>report</c>, <c>transport</c>, <c>Viewport</c>, <c>portal</c>).
    /// </summary>
    public static bool IsPortName(string name)
    {
        const string Port = "port";
        for (var start = name.IndexOf(Port, StringComparison.OrdinalIgnoreCase);
             start >= 0;
             start = name.IndexOf(Port, start + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = start + Port.Length;
            if (StartsWord(name, start) && EndsWord(name, end))
            {
                return true;
            }
        }

        return false;
    }

    // A word starts at the beginning, after a non-letter, or at an upper-case letter after a lower-case one;
    // in an all-capitals name (SMTP_PORT) only separators count.
    private static bool StartsWord(string name, int index) =>
        index == 0 || !char.IsLetter(name[index - 1]) || (char.IsUpper(name[index]) && char.IsLower(name[index - 1]));

    private static bool EndsWord(string name, int index) =>
        index == name.Length || !char.IsLetter(name[index]) || (char.IsUpper(name[index]) && char.IsLower(name[index - 1]));

    private static string? NameOf(IOperation target) => target switch
    {
        IPropertyReferenceOperation property => property.Property.Name,
        IFieldReferenceOperation field => field.Field.Name,
        ILocalReferenceOperation local => local.Local.Name,
        IParameterReferenceOperation parameter => parameter.Parameter.Name,
        _ => null,
    };
}

/// <summary>What the syntax alone says of a literal whose value is a catalog port.</summary>
internal enum SyntaxVerdict
{
    /// <summary>It cannot be in a port position.</summary>
    NotAPort,

    /// <summary>It is in a port position, whatever the binding would add.</summary>
    Port,

    /// <summary>Only the semantic model can tell (a positional argument, a call that may be a catalog's).</summary>
    AskTheSemanticModel,
}
