using System;
using System.Collections.Generic;
using System.IO;
using ExchangePorts.Generators.Diagnostics;
using ExchangePorts.Generators.Emit;
using ExchangePorts.Generators.Model;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ExchangePorts.Generators.Catalog;

/// <summary>
/// Decides which AdditionalFiles are catalogs and reads their options from item metadata, which MSBuild
/// passes as <c>build_metadata.AdditionalFiles.*</c> once declared <c>CompilerVisibleItemMetadata</c>.
/// </summary>
internal static class CatalogOptionsReader
{
    public const string CsvSuffix = ".ports.csv";

    private const string MetadataPrefix = "build_metadata.AdditionalFiles.";

    /// <summary>Files named <c>*.ports.csv</c>, and any file with <c>PortCatalog="true"</c>; <c>PortCatalog="false"</c> opts out.</summary>
    public static bool IsCatalog(string path, AnalyzerConfigOptions options)
    {
        var flag = Metadata(options, "PortCatalog");
        if (flag.Length > 0)
        {
            return string.Equals(flag, "true", StringComparison.OrdinalIgnoreCase);
        }

        return path.EndsWith(CsvSuffix, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The catalog's options, or null (with diagnostics) when one of them is unusable.</summary>
    public static CatalogOptions? Read(string path, AnalyzerConfigOptions options, ICollection<DiagnosticInfo> diagnostics)
    {
        var location = LocationInfo.FileStart(path);
        var valid = true;

        var className = Metadata(options, "ClassName");
        string? problem;
        if (className.Length == 0)
        {
            className = DefaultClassName(Path.GetFileName(path));
            if ((problem = ClassNameProblem(className)) is not null)
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    CatalogDiagnostics.InvalidOption,
                    location,
                    "class name derived from the file name",
                    className,
                    problem + "; rename the file or set the ClassName metadata"));
                valid = false;
            }
        }
        else if ((problem = ClassNameProblem(className)) is not null)
        {
            diagnostics.Add(DiagnosticInfo.Create(CatalogDiagnostics.InvalidOption, location, "ClassName", className, problem));
            valid = false;
        }

        var @namespace = Metadata(options, "Namespace");
        if ((problem = NamespaceProblem(@namespace)) is not null)
        {
            diagnostics.Add(DiagnosticInfo.Create(CatalogDiagnostics.InvalidOption, location, "Namespace", @namespace, problem));
            valid = false;
        }

        var visibility = Metadata(options, "Visibility");
        var isPublic = string.Equals(visibility, "public", StringComparison.OrdinalIgnoreCase);
        if (!isPublic && visibility.Length > 0 && !string.Equals(visibility, "internal", StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Add(DiagnosticInfo.Create(
                CatalogDiagnostics.InvalidOption, location, "Visibility", visibility, "use public or internal"));
            valid = false;
        }

        if (valid && SharedTypesEmitter.CollidesWithSharedTypes(@namespace, className))
        {
            diagnostics.Add(DiagnosticInfo.Create(
                CatalogDiagnostics.InvalidOption,
                location,
                "ClassName",
                className,
                "it collides with the shared types in the namespace '" + SharedTypesEmitter.Namespace + "'"));
            valid = false;
        }

        return valid ? new CatalogOptions(className, @namespace, isPublic) : null;
    }

    /// <summary><c>exchange.ports.csv</c> → <c>ExchangePorts</c>; <c>acme-web.ports.csv</c> → <c>AcmeWebPorts</c>.</summary>
    public static string DefaultClassName(string fileName)
    {
        var end = fileName.IndexOf(".ports.", StringComparison.OrdinalIgnoreCase);
        var stem = end >= 0 ? fileName.Substring(0, end) : Path.GetFileNameWithoutExtension(fileName);
        return IdentifierNaming.ToPascalCase(stem) + "Ports";
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

    private static string Metadata(AnalyzerConfigOptions options, string name) =>
        options.TryGetValue(MetadataPrefix + name, out var value) ? value.Trim() : string.Empty;
}
