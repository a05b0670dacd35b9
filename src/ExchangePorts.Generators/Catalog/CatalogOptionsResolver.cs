using System;
using System.IO;
using ExchangePorts.Generators.Diagnostics;
using ExchangePorts.Generators.Model;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using ExchangePorts.Generators.Naming;

namespace ExchangePorts.Generators.Catalog;

/// <summary>
/// Resolves a catalog's class name, namespace, visibility and documentation. The most specific source wins:
/// item metadata, then what a JSON catalog says of itself, then the project-wide MSBuild property,
/// then the default. An unusable value is reported where it was written.
/// </summary>
internal static class CatalogOptionsResolver
{
    public const string NamespaceProperty = "ExchangePortsNamespace";
    public const string VisibilityProperty = "ExchangePortsVisibility";
    public const string DocumentationProperty = "ExchangePortsDocumentation";

    /// <summary>Item metadata: <c>false</c> keeps the catalog out of the hardcoded-port analyzer (a registry-sized catalog).</summary>
    public const string AnalyzerMetadata = "PortAnalyzer";

    /// <summary>Item metadata: <c>true</c> makes a bad row a warning instead of an error (a third-party catalog).</summary>
    public const string LenientMetadata = "Lenient";

    private const string MetadataPrefix = "build_metadata.AdditionalFiles.";
    /// <summary>How MSBuild hands a compiler-visible property to analyzers and generators.</summary>
    public const string PropertyPrefix = "build_property.";

    public static CatalogOptions? Resolve(
        AnalyzerConfigOptions itemOptions,
        AnalyzerConfigOptions projectOptions,
        CatalogDocument document,
        CatalogDiagnosticSink sink)
    {
        var className = Pick(itemOptions, "ClassName", document.ClassName, "className property", projectOptions, null)
            ?? new OptionValue(
                CatalogDiscovery.DefaultClassName(Path.GetFileName(sink.FilePath)),
                "class name derived from the file name",
                null,
                "; rename the file or set the ClassName metadata");
        var @namespace = Pick(itemOptions, "Namespace", document.Namespace, "namespace property", projectOptions, NamespaceProperty)
            ?? new OptionValue(string.Empty, "namespace", null);
        var visibility = Pick(itemOptions, "Visibility", document.Visibility, "visibility property", projectOptions, VisibilityProperty)
            ?? new OptionValue("internal", "visibility", null);
        var documentation = Pick(itemOptions, "Documentation", document.Documentation, "documentation property", projectOptions, DocumentationProperty)
            ?? new OptionValue("full", "documentation", null);
        var analyzed = Metadata(itemOptions, AnalyzerMetadata);
        var lenient = Metadata(itemOptions, LenientMetadata);

        className = className with { Value = IdentifierNaming.RemoveFormattingCharacters(className.Value) };
        @namespace = @namespace with { Value = IdentifierNaming.RemoveFormattingCharacters(@namespace.Value) };

        var valid = Check(className, ClassNameProblem(className.Value), sink);
        valid &= Check(@namespace, NamespaceProblem(@namespace.Value), sink);
        valid &= Check(visibility, VisibilityProblem(visibility.Value), sink);
        valid &= Check(documentation, DocumentationProblem(documentation.Value), sink);
        valid &= Check(new OptionValue(analyzed, AnalyzerMetadata + " metadata", null), BooleanProblem(analyzed), sink);
        valid &= Check(new OptionValue(lenient, LenientMetadata + " metadata", null), BooleanProblem(lenient), sink);
        if (valid && GeneratedMembers.CollisionWithGeneratedCode(@namespace.Value, className.Value) is { } collision)
        {
            valid = Check(className, collision, sink);
        }

        if (valid && System.Array.IndexOf(GeneratedMembers.RootMemberNames, className.Value) >= 0)
        {
            // C# forbids a member named like its enclosing type (CS0542).
            valid = Check(className, "it is the name of one of the class's own members", sink);
        }

        return valid
            ? new CatalogOptions(
                className.Value,
                @namespace.Value,
                string.Equals(visibility.Value, "public", StringComparison.OrdinalIgnoreCase),
                !string.Equals(analyzed, "false", StringComparison.OrdinalIgnoreCase),
                string.Equals(lenient, "true", StringComparison.OrdinalIgnoreCase),
                string.Equals(documentation.Value, "brief", StringComparison.OrdinalIgnoreCase) ? CatalogDocumentation.Brief : CatalogDocumentation.Full)
            : null;
    }

    /// <summary>An item's metadata value, trimmed; empty when absent.</summary>
    public static string Metadata(AnalyzerConfigOptions itemOptions, string name) =>
        itemOptions.TryGetValue(MetadataPrefix + name, out var value) ? value.Trim() : string.Empty;

    private static OptionValue? Pick(
        AnalyzerConfigOptions itemOptions,
        string metadataName,
        CatalogCell? fromDocument,
        string documentOrigin,
        AnalyzerConfigOptions projectOptions,
        string? propertyName)
    {
        var metadata = Metadata(itemOptions, metadataName);
        if (metadata.Length > 0)
        {
            return new OptionValue(metadata, metadataName + " metadata", null);
        }

        if (fromDocument is { } cell)
        {
            return new OptionValue(cell.Value.Trim(), documentOrigin, cell.Span);
        }

        if (propertyName is not null &&
            projectOptions.TryGetValue(PropertyPrefix + propertyName, out var property) &&
            property.Trim().Length > 0)
        {
            return new OptionValue(property.Trim(), propertyName + " property", null);
        }

        return null;
    }

    private static bool Check(OptionValue option, string? problem, CatalogDiagnosticSink sink)
    {
        if (problem is null)
        {
            return true;
        }

        problem += option.Hint;
        if (option.Span is { } span)
        {
            sink.Report(CatalogDiagnostics.InvalidOption, span, option.Origin, option.Value, problem);
        }
        else
        {
            sink.ReportAtFile(CatalogDiagnostics.InvalidOption, option.Origin, option.Value, problem);
        }

        return false;
    }

    private static string? ClassNameProblem(string name)
    {
        if (!SyntaxFacts.IsValidIdentifier(name))
        {
            return "it is not a C# identifier";
        }

        return SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "it is a C# keyword" : null;
    }

    private static string? NamespaceProblem(string @namespace)
    {
        if (@namespace.Length == 0)
        {
            return null;
        }

        foreach (var part in @namespace.Split('.'))
        {
            if (ClassNameProblem(part) is { } problem)
            {
                return "'" + part + "' " + problem.Substring("it ".Length) + "; use dotted identifiers such as Contoso.Network";
            }
        }

        return null;
    }

    private static string? BooleanProblem(string value) =>
        value.Length == 0 || string.Equals(value, "true", StringComparison.OrdinalIgnoreCase) || string.Equals(value, "false", StringComparison.OrdinalIgnoreCase)
            ? null
            : "use true or false";

    private static string? VisibilityProblem(string visibility) =>
        string.Equals(visibility, "public", StringComparison.OrdinalIgnoreCase) ||
        string.Equals(visibility, "internal", StringComparison.OrdinalIgnoreCase)
            ? null
            : "use public or internal";

    private static string? DocumentationProblem(string documentation) =>
        string.Equals(documentation, "full", StringComparison.OrdinalIgnoreCase) ||
        string.Equals(documentation, "brief", StringComparison.OrdinalIgnoreCase)
            ? null
            : "use full or brief";

    /// <summary>A resolved option, where it came from (for messages), where it was written when in the file, and how to fix it.</summary>
    private sealed record OptionValue(string Value, string Origin, TextSpan? Span, string Hint = "");
}
