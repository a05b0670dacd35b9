using System;
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
    /// What the syntax alone says of an integer literal: false when it cannot be in a port position (stored
    /// under a name that is not a port's, used in arithmetic or a comparison, a case label, a return), so
    /// the analyzer need not bind the code around it; true when only <see cref="TargetName"/> can tell.
    /// Agrees with <see cref="TargetName"/>: it only rules out what that would reject.
    /// </summary>
    public static bool MayBePortPosition(LiteralExpressionSyntax literal)
    {
        SyntaxNode node = literal;
        while (node.Parent is CastExpressionSyntax or ParenthesizedExpressionSyntax)
        {
            node = node.Parent;
        }

        return node.Parent switch
        {
            EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator } => IsPortName(declarator.Identifier.ValueText),
            EqualsValueClauseSyntax { Parent: ParameterSyntax parameter } => IsPortName(parameter.Identifier.ValueText),
            EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax property } => IsPortName(property.Identifier.ValueText),
            EqualsValueClauseSyntax { Parent: EnumMemberDeclarationSyntax } => false,
            ArgumentSyntax { NameColon: { } nameColon } => IsPortName(nameColon.Name.Identifier.ValueText),
            AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression } assignment when assignment.Right == node => assignment.Left switch
            {
                IdentifierNameSyntax identifier => IsPortName(identifier.Identifier.ValueText),
                MemberAccessExpressionSyntax memberAccess => IsPortName(memberAccess.Name.Identifier.ValueText),
                _ => true,
            },
            BinaryExpressionSyntax or CaseSwitchLabelSyntax or ConstantPatternSyntax or ReturnStatementSyntax or ArrowExpressionClauseSyntax => false,
            _ => true,
        };
    }

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
