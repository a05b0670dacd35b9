using System;
using System.Threading;
using ExchangePorts.Generators.Catalog;
using ExchangePorts.Generators.Common;
using ExchangePorts.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ExchangePorts.Generators.Roslyn;

/// <summary>The compiler's AdditionalFiles as catalogs: which are, and each one's text and options, for <see cref="CatalogParser"/>.</summary>
internal static class AdditionalCatalogs
{
    /// <summary>The catalog's spec and diagnostics, or null when the AdditionalFiles item is not a catalog.</summary>
    /// <param name="itemOptions">The item's metadata (<c>build_metadata.AdditionalFiles.*</c>).</param>
    /// <param name="projectOptions">The project's properties (<c>build_property.*</c>).</param>
    public static CatalogParseResult? Parse(
        AdditionalText file,
        AnalyzerConfigOptions itemOptions,
        AnalyzerConfigOptions projectOptions,
        CancellationToken cancellationToken)
    {
        var item = new AnalyzerOptionValues(itemOptions);
        try
        {
            if (!CatalogDiscovery.IsCatalog(file.Path, item))
            {
                return null;
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return CatalogParser.Failed(file.Path, exception);
        }

        return CatalogParser.Parse(
            file.Path,
            () => file.GetText(cancellationToken) is { } text ? new CatalogText(text.ToString(), text.Encoding) : null,
            item,
            new AnalyzerOptionValues(projectOptions),
            cancellationToken);
    }
}
