using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace ExchangePorts.Generators.Analyzers;

/// <summary>
/// Finds a port written in the text of an interpolated address: <c>$"smtp://{edgeHost}:25"</c>,
/// <c>$"{host}:587"</c>, <c>$"ldap://dc01:389/{path}"</c>. Each hole stands for a host name, so the
/// string is read as <see cref="EndpointString"/> reads a plain one. Only ordinary and verbatim
/// interpolated strings whose digits are written as they are (the code fix rewrites that text).
/// </summary>
internal static class InterpolatedEndpoint
{
    // A hole reads as a host name: letters, so that "{host}:25" is a host and a port.
    private const string Hole = "h";

    public static bool TryFindPort(InterpolatedStringExpressionSyntax interpolated, out int port, out TextSpan span)
    {
        port = 0;
        span = default;
        if (!interpolated.StringStartToken.IsKind(SyntaxKind.InterpolatedStringStartToken) &&
            !interpolated.StringStartToken.IsKind(SyntaxKind.InterpolatedVerbatimStringStartToken))
        {
            return false;
        }

        // Cheap test first: most interpolated strings (log messages) have no ':' before a digit.
        if (!HasColonDigit(interpolated))
        {
            return false;
        }

        var flat = new StringBuilder();
        foreach (var content in interpolated.Contents)
        {
            flat.Append(content is InterpolatedStringTextSyntax text ? text.TextToken.ValueText : Hole);
        }

        if (!EndpointString.TryFindPort(flat.ToString(), out port, out var start, out var length))
        {
            return false;
        }

        // Map the digits back to the text they were written in; give up where escapes make them differ.
        var offset = 0;
        foreach (var content in interpolated.Contents)
        {
            var value = content is InterpolatedStringTextSyntax text ? text.TextToken.ValueText : Hole;
            if (start >= offset && start + length <= offset + value.Length && content is InterpolatedStringTextSyntax segment)
            {
                if (segment.TextToken.Text != segment.TextToken.ValueText)
                {
                    return false;
                }

                span = new TextSpan(segment.TextToken.SpanStart + start - offset, length);
                return true;
            }

            offset += value.Length;
        }

        return false;
    }

    private static bool HasColonDigit(InterpolatedStringExpressionSyntax interpolated)
    {
        foreach (var content in interpolated.Contents)
        {
            if (content is InterpolatedStringTextSyntax text)
            {
                var value = text.TextToken.ValueText;
                for (var colon = value.IndexOf(':'); colon >= 0 && colon + 1 < value.Length; colon = value.IndexOf(':', colon + 1))
                {
                    if (value[colon + 1] is >= '0' and <= '9')
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }
}
