using System;
using System.IO;
using ExchangePorts.Generators.Common;
using ExchangePorts.Generators.Diagnostics;
using ExchangePorts.Generators.Model;
using ExchangePorts.Generators.Naming;

namespace ExchangePorts.Generators.Catalog;

/// <summary>
/// Resolves a catalog's class name, namespace, visibility and documentation. The most specific source wins:
/// item metadata, then what a JSON catalog says of itself, then the project-wide MSBuild property,
/// then the default. An unusable value is reported where it was written.
/// </summary>
internal static class CatalogOptionsResolver
{
    public static CatalogOptions? Resolve(
        IOptionValues itemOptions,
        IOptionValues projectOptions,
        CatalogDocument document,
        CatalogDiagnosticSink sink)
    {
        var className = Pick(itemOptions, OptionNames.Metadata.ClassName, document.ClassName, "className property", projectOptions, null)
            ?? new OptionValue(
                CatalogDiscovery.DefaultClassName(Path.GetFileName(sink.FilePath)),
                "class name derived from the file name",
                null,
                "; rename the file or set the ClassName metadata");
        var @namespace = Pick(itemOptions, OptionNames.Metadata.Namespace, document.Namespace, "namespace property", projectOptions, OptionNames.Property.Namespace)
            ?? new OptionValue(string.Empty, "namespace", null);
        var visibility = Pick(itemOptions, OptionNames.Metadata.Visibility, document.Visibility, "visibility property", projectOptions, OptionNames.Property.Visibility)
            ?? new OptionValue("internal", "visibility", null);
        var documentation = Pick(itemOptions, OptionNames.Metadata.Documentation, document.Documentation, "documentation property", projectOptions, OptionNames.Property.Documentation)
            ?? new OptionValue("full", "documentation", null);
        var analyzed = AnalyzerConfigKeys.Metadata(itemOptions, OptionNames.Metadata.PortAnalyzer);
        var lenient = AnalyzerConfigKeys.Metadata(itemOptions, OptionNames.Metadata.Lenient);

        className = className with { Value = IdentifierNaming.RemoveFormattingCharacters(className.Value) };
        @namespace = @namespace with { Value = IdentifierNaming.RemoveFormattingCharacters(@namespace.Value) };

        var valid = Check(className, ClassNameProblem(className.Value), sink);
        valid &= Check(@namespace, NamespaceProblem(@namespace.Value), sink);
        valid &= Check(visibility, VisibilityProblem(visibility.Value), sink);
        valid &= Check(documentation, DocumentationProblem(documentation.Value), sink);
        valid &= Check(new OptionValue(analyzed, OptionNames.Metadata.PortAnalyzer + " metadata", null), BooleanProblem(analyzed), sink);
        valid &= Check(new OptionValue(lenient, OptionNames.Metadata.Lenient + " metadata", null), BooleanProblem(lenient), sink);
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

    private static OptionValue? Pick(
        IOptionValues itemOptions,
        string metadataName,
        CatalogCell? fromDocument,
        string documentOrigin,
        IOptionValues projectOptions,
        string? propertyName)
    {
        var metadata = AnalyzerConfigKeys.Metadata(itemOptions, metadataName);
        if (metadata.Length > 0)
        {
            return new OptionValue(metadata, metadataName + " metadata", null);
        }

        if (fromDocument is { } cell)
        {
            return new OptionValue(cell.Value.Trim(), documentOrigin, cell.Span);
        }

        var property = propertyName is null ? string.Empty : AnalyzerConfigKeys.Property(projectOptions, propertyName);
        if (property.Length > 0)
        {
            return new OptionValue(property, propertyName + " property", null);
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
        if (!CSharpIdentifiers.IsValid(name))
        {
            return "it is not a C# identifier";
        }

        return CSharpIdentifiers.IsKeyword(name) ? "it is a C# keyword" : IdentifierNaming.LengthProblem(name);
    }

    private static string? NamespaceProblem(string @namespace)
    {
        if (@namespace.Length == 0)
        {
            return null;
        }

        if (IdentifierNaming.LengthProblem(@namespace) is { } tooLong)
        {
            return tooLong;
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
    private sealed record OptionValue(string Value, string Origin, SourceSpan? Span, string Hint = "");
}
