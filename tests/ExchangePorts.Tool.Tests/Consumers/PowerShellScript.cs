using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation.Language;
using Xunit;

namespace ExchangePorts.Tool.Tests.Consumers;

/// <summary>One command of a script: its name and each named parameter's constant value (several for an array).</summary>
internal sealed record PowerShellCommand(string Name, IReadOnlyDictionary<string, string[]> Parameters)
{
    public string this[string parameter] => string.Join(",", Parameters[parameter]);
}

/// <summary>
/// A script as PowerShell's own parser reads it. Only what a firewall script needs may be in it: comments, then
/// commands, each alone in its statement, whose arguments are constants (a single-quoted string, a bare word or a list
/// of them). No variable, expression, subexpression, pipe, semicolon, script block or expandable string: anything that
/// could run something the tool did not write fails the test.
/// </summary>
internal static class PowerShellScript
{
    private static readonly HashSet<TokenKind> AllowedTokens =
        [TokenKind.Comment, TokenKind.NewLine, TokenKind.Generic, TokenKind.Identifier, TokenKind.Parameter, TokenKind.StringLiteral, TokenKind.Comma, TokenKind.EndOfInput];

    private static readonly HashSet<Type> AllowedNodes =
        [typeof(ScriptBlockAst), typeof(NamedBlockAst), typeof(PipelineAst), typeof(CommandAst), typeof(CommandParameterAst), typeof(StringConstantExpressionAst), typeof(ArrayLiteralAst)];

    public static List<PowerShellCommand> Read(string script)
    {
        var ast = Parser.ParseInput(script, out var tokens, out var errors);
        Assert.True(errors.Length == 0, string.Join("\n", errors.Select(e => e.Message + " at line " + e.Extent.StartLineNumber)));
        var foreignTokens = tokens.Where(t => !AllowedTokens.Contains(t.Kind)).Select(t => t.Kind + " '" + t.Text + "' at line " + t.Extent.StartLineNumber).ToList();
        Assert.True(foreignTokens.Count == 0, "tokens a firewall script never has: " + string.Join("; ", foreignTokens));
        var foreignNodes = ast.FindAll(node => !AllowedNodes.Contains(node.GetType()), searchNestedScriptBlocks: true).Select(n => n.GetType().Name + " '" + n.Extent.Text + "'").ToList();
        Assert.True(foreignNodes.Count == 0, "syntax a firewall script never has: " + string.Join("; ", foreignNodes));

        var commands = new List<PowerShellCommand>();
        foreach (var statement in ast.EndBlock.Statements)
        {
            var pipeline = Assert.IsType<PipelineAst>(statement);
            var command = Assert.IsType<CommandAst>(Assert.Single(pipeline.PipelineElements));
            var parameters = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
            var elements = command.CommandElements;
            Assert.Equal(StringConstantType.BareWord, Assert.IsType<StringConstantExpressionAst>(elements[0]).StringConstantType);
            for (var i = 1; i < elements.Count; i++)
            {
                var parameter = Assert.IsType<CommandParameterAst>(elements[i]);
                Assert.Null(parameter.Argument);
                Assert.False(parameters.ContainsKey(parameter.ParameterName), "-" + parameter.ParameterName + " is given twice");
                parameters[parameter.ParameterName] = i + 1 < elements.Count && elements[i + 1] is not CommandParameterAst ? Values(elements[++i]) : [];
            }

            commands.Add(new PowerShellCommand(command.GetCommandName(), parameters));
        }

        return commands;
    }

    private static string[] Values(CommandElementAst value) => value switch
    {
        StringConstantExpressionAst text => [Constant(text)],
        ArrayLiteralAst list => list.Elements.Select(e => Constant(Assert.IsType<StringConstantExpressionAst>(e))).ToArray(),
        _ => throw new Xunit.Sdk.XunitException("not a constant: " + value.Extent.Text),
    };

    private static string Constant(StringConstantExpressionAst text)
    {
        Assert.True(text.StringConstantType is StringConstantType.SingleQuoted or StringConstantType.BareWord, "an expandable string: " + text.Extent.Text);
        return text.Value;
    }
}
