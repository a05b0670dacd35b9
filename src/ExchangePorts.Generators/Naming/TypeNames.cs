namespace ExchangePorts.Generators.Naming;

/// <summary>
/// The names of the types generated code declares and uses, in one place: the emitters write them, the
/// generator looks for them in referenced assemblies, and the analyzer reads catalogs through them.
/// </summary>
internal static class TypeNames
{
    /// <summary>The namespace of every shared type.</summary>
    public const string Namespace = "PortCatalog";

    public const string Definition = "PortDefinition";
    public const string Transport = "PortTransport";

    /// <summary>The internal assembly attribute that names each generated catalog class and carries its entries.</summary>
    public const string CatalogClassAttribute = "PortCatalogClassAttribute";

    /// <summary>The attribute's property that keeps a catalog out of the hardcoded-port analyzer when false.</summary>
    public const string AnalyzedProperty = "Analyzed";

    /// <summary>The internal class that decodes a catalog's entries (<c>Emit/Runtime/PortCatalogData.cs</c>).</summary>
    public const string Data = "PortCatalogData";

    public const string DefinitionMetadataName = Namespace + "." + Definition;
    public const string CatalogClassAttributeMetadataName = Namespace + "." + CatalogClassAttribute;
    public const string TransportMetadataName = Namespace + "." + Transport;

    public const string GlobalDefinition = "global::" + DefinitionMetadataName;
    public const string GlobalTransport = "global::" + TransportMetadataName;
    public const string GlobalCatalogClassAttribute = "global::" + CatalogClassAttributeMetadataName;
    public const string GlobalData = "global::" + Namespace + "." + Data;
}
