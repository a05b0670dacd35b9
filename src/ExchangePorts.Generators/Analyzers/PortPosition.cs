using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ExchangePorts.Generators.Analyzers;

/// <summary>
/// Decides whether a literal is used as a port: passed to a parameter (a <c>params</c> one included), or
/// stored in a property, field, local or parameter default, or returned from a method or property, whose
/// name has the word <c>port</c> or <c>ports</c> in it (<see cref="IsPortName"/>). The value may pass through
/// casts, parentheses, <c>?:</c> and <c>??</c> on its way (<c>requireGCs ? 3268 : 389</c>).
/// </summary>
internal static class PortPosition
{
    /// <summary>The name that makes the literal a port (<c>ldapPort</c>), or null when it is used otherwise.</summary>
    public static string? TargetName(IOperation literal, PortIndex index)
    {
        var current = literal;
        var parent = literal.Parent;

        // (ushort)25, an implicit widening, ssl ? 636 : 389 or configured ?? 25 is still the port.
        while (true)
        {
            if (parent is IConversionOperation or IParenthesizedOperation ||
                parent is IConditionalOperation conditional && conditional.Condition != current ||
                parent is ICoalesceOperation coalesce && coalesce.WhenNull == current)
            {
                current = parent;
                parent = parent.Parent;
            }
            else if (parent is IReturnOperation { IsImplicit: true, Parent: IBlockOperation { IsImplicit: true, Parent: IAnonymousFunctionOperation { Parent: IDelegateCreationOperation lambda } } })
            {
                // () => 25: the lambda's value is the port where the lambda goes (Func<int> port = () => 25).
                current = lambda;
                parent = lambda.Parent;
            }
            else
            {
                break;
            }
        }

        var name = parent switch
        {
            IArgumentOperation argument when !index.IsCatalogApi(argument.Parameter?.ContainingSymbol.ContainingType) => argument.Parameter?.Name,
            IArrayInitializerOperation { Parent: IArrayCreationOperation { IsImplicit: true, Parent: IArgumentOperation { ArgumentKind: ArgumentKind.ParamArray } argument } }
                when !index.IsCatalogApi(argument.Parameter?.ContainingSymbol.ContainingType) => argument.Parameter?.Name,
            ISimpleAssignmentOperation assignment when assignment.Value == current => NameOf(assignment.Target),
            IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } =>
                IsReturnedFromPortMember(declarator.Syntax) ? ReturningMemberName(declarator.Syntax) : declarator.Symbol.Name,
            IFieldInitializerOperation field when field.InitializedFields.Length == 1 &&
                field.InitializedFields[0].ContainingType.TypeKind != TypeKind.Enum => field.InitializedFields[0].Name,
            IPropertyInitializerOperation property when property.InitializedProperties.Length == 1 => property.InitializedProperties[0].Name,
            IParameterInitializerOperation parameter => parameter.Parameter.Name,
            IReturnOperation @return => ReturningMemberName(@return.Syntax),
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
        var node = ValueNode(literal);
        if (node.Parent is ArgumentSyntax { NameColon: null, RefKindKeyword.RawKind: 0 } argument &&
            argument.Parent is ArgumentListSyntax arguments &&
            arguments.Parent is InvocationExpressionSyntax or ObjectCreationExpressionSyntax or ImplicitObjectCreationExpressionSyntax or ConstructorInitializerSyntax)
        {
            return model.GetSymbolInfo(arguments.Parent, cancellationToken).Symbol is IMethodSymbol method &&
                !index.IsCatalogApi(method.ContainingType) &&
                ParameterAt(method, arguments.Arguments.IndexOf(argument)) is { } parameter &&
                IsPortName(parameter.Name);
        }

        return model.GetOperation(literal, cancellationToken) is { } operation && TargetName(operation, index) is not null;
    }

    // Positional arguments bind in order (C# requires a named argument before them to be in its position);
    // the last ones may all go to a params parameter (Create(host, port, 465, 25, 587)).
    private static IParameterSymbol? ParameterAt(IMethodSymbol method, int position) =>
        position < method.Parameters.Length ? method.Parameters[position] :
        method.Parameters.Length > 0 && method.Parameters[method.Parameters.Length - 1].IsParams ? method.Parameters[method.Parameters.Length - 1] : null;

    /// <summary>
    /// The outermost expression that still has the literal's value: through casts, parentheses, <c>?:</c>,
    /// <c>??</c> and the body of an expression lambda (<c>Func&lt;int&gt; port = () =&gt; 25</c>).
    /// </summary>
    private static SyntaxNode ValueNode(LiteralExpressionSyntax literal)
    {
        SyntaxNode node = literal;
        while (node.Parent is CastExpressionSyntax or ParenthesizedExpressionSyntax ||
               node.Parent is ConditionalExpressionSyntax conditional && conditional.Condition != node ||
               node.Parent is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.CoalesceExpression } coalesce && coalesce.Right == node ||
               node.Parent is LambdaExpressionSyntax lambda && lambda.ExpressionBody == node)
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
        var node = ValueNode(literal);
        return node.Parent switch
        {
            EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator } =>
                IsReturnedFromPortMember(declarator) ? SyntaxVerdict.Port : Verdict(declarator.Identifier.ValueText),
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
            ReturnStatementSyntax or ArrowExpressionClauseSyntax => ReturningMemberName(node.Parent) is { } member ? Verdict(member) : SyntaxVerdict.NotAPort,
            BinaryExpressionSyntax or CaseSwitchLabelSyntax or ConstantPatternSyntax => SyntaxVerdict.NotAPort,
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
    /// True when one of the name's words (<see cref="EvidenceWords.Split"/>) is "port" or "ports", ignoring
    /// case: <c>port</c>, <c>ldapPort</c>, <c>SMTP_PORT</c>, <c>portNumber</c>, <c>ADAMPort</c>,
    /// <c>DefaultGCPort</c>, <c>alternatePorts</c>; not names that merely contain the letters
    /// (<c>report</c>, <c>transport</c>, <c>Viewport</c>, <c>portal</c>, <c>sports</c>).
    /// </summary>
    public static bool IsPortName(string name)
    {
        if (name.IndexOf("port", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return false;
        }

        foreach (var word in EvidenceWords.Split(name))
        {
            if (word is "port" or "ports")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The name of the method, local function or property whose value a <c>return</c> or <c>=&gt;</c> gives
    /// (<c>GetPort</c>, <c>SmtpPort</c>); null inside a lambda or an accessor other than a getter.
    /// </summary>
    private static string? ReturningMemberName(SyntaxNode returning)
    {
        foreach (var ancestor in returning.AncestorsAndSelf())
        {
            switch (ancestor)
            {
                case AnonymousFunctionExpressionSyntax:
                    return null;
                case MethodDeclarationSyntax method:
                    return method.Identifier.ValueText;
                case LocalFunctionStatementSyntax localFunction:
                    return localFunction.Identifier.ValueText;
                case AccessorDeclarationSyntax accessor when !accessor.IsKind(SyntaxKind.GetAccessorDeclaration):
                    return null;
                case PropertyDeclarationSyntax property:
                    return property.Identifier.ValueText;
                case MemberDeclarationSyntax:
                    return null;
            }
        }

        return null;
    }

    /// <summary>
    /// <c>int num = 50636; ... return num;</c> in <c>GetSubscriptionSSLPort</c>: a local that the port-named
    /// member it is declared in returns as it is.
    /// </summary>
    private static bool IsReturnedFromPortMember(SyntaxNode declarator)
    {
        if (declarator is not VariableDeclaratorSyntax { Parent.Parent: LocalDeclarationStatementSyntax } local ||
            ReturningMemberName(local) is not { } member || !IsPortName(member))
        {
            return false;
        }

        var body = local.FirstAncestorOrSelf<SyntaxNode>(n => n is BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or AccessorDeclarationSyntax);
        foreach (var node in body?.DescendantNodes() ?? [])
        {
            if (node is ReturnStatementSyntax { Expression: IdentifierNameSyntax returned } &&
                returned.Identifier.ValueText == local.Identifier.ValueText &&
                ReturningMemberName(node) == member)
            {
                return true;
            }
        }

        return false;
    }

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
