namespace ExchangePorts.Generators.Common;

/// <summary>
/// The MSBuild names of every option, in one place: <c>build/ExchangePorts.props</c> makes exactly these
/// visible to the compiler and <c>build/ExchangePorts.targets</c> guards each one (a test checks both).
/// </summary>
internal static class OptionNames
{
    /// <summary>Metadata of an AdditionalFiles item.</summary>
    public static class Metadata
    {
        /// <summary><c>true</c> makes any file a catalog, <c>false</c> opts a <c>*.ports.*</c> file out.</summary>
        public const string PortCatalog = nameof(PortCatalog);

        public const string ClassName = nameof(ClassName);

        public const string Namespace = nameof(Namespace);

        /// <summary><c>public</c> or <c>internal</c>.</summary>
        public const string Visibility = nameof(Visibility);

        /// <summary><c>false</c> keeps the catalog out of the hardcoded-port analyzer (a registry-sized catalog).</summary>
        public const string PortAnalyzer = nameof(PortAnalyzer);

        /// <summary><c>true</c> makes a bad row a warning instead of an error (a third party's file).</summary>
        public const string Lenient = nameof(Lenient);

        /// <summary><c>full</c> or <c>brief</c> doc comments.</summary>
        public const string Documentation = nameof(Documentation);

        public static readonly string[] All = [PortCatalog, ClassName, Namespace, Visibility, PortAnalyzer, Lenient, Documentation];
    }

    /// <summary>Project-wide properties.</summary>
    public static class Property
    {
        public const string Namespace = "ExchangePortsNamespace";

        public const string Visibility = "ExchangePortsVisibility";

        public const string Documentation = "ExchangePortsDocumentation";

        /// <summary><c>false</c> turns the hardcoded-port analyzer off.</summary>
        public const string AnalyzerEnabled = "ExchangePortsAnalyzerEnabled";

        /// <summary>
        /// Set by the ExchangePorts.Runtime project alone (in its own project file, not the package's props): it
        /// is built from the entry types alone, made public.
        /// </summary>
        public const string RuntimeAssembly = "ExchangePortsRuntimeAssembly";

        /// <summary>The properties the package's props make visible to the compiler.</summary>
        public static readonly string[] InPackage = [Namespace, Visibility, Documentation, AnalyzerEnabled];
    }
}
