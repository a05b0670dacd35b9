using Microsoft.CodeAnalysis;

namespace ExchangePorts.Generators.Diagnostics;

/// <summary>The descriptors of every mistake a port catalog can contain.</summary>
internal static class CatalogDiagnostics
{
    private const string Category = "ExchangePorts.Catalog";

    public static readonly DiagnosticDescriptor InternalError = Descriptors.Create(
        RuleIds.InternalError,
        "The port catalog generator failed",
        "The port catalog generator failed on this catalog: {0}; please report this as a bug with the catalog attached",
        Category,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor MissingRequiredColumn = Descriptors.Create(
        RuleIds.MissingRequiredColumn,
        "A required column is missing",
        "The {0} has no '{1}' {2}; a catalog entry needs name, port and transport, and a group unless no entry of the catalog has one",
        Category,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnknownColumn = Descriptors.Create(
        RuleIds.UnknownColumn,
        "Unknown column or property",
        "{0} '{1}' is unknown and ignored; {2}",
        Category,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor EmptyCatalog = Descriptors.Create(
        RuleIds.EmptyCatalog,
        "The catalog has no entries",
        "The catalog has no entries: {0}",
        Category,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor FieldCountMismatch = Descriptors.Create(
        RuleIds.FieldCountMismatch,
        "A row has the wrong number of fields",
        "This row has {0} fields but the header row has {1}; quote a value that contains a comma, and leave an empty field for a missing value",
        Category,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnterminatedQuotedField = Descriptors.Create(
        RuleIds.UnterminatedQuotedField,
        "A quoted field is not closed",
        "This quoted field has no closing quote, so the rest of the file is part of it; add the closing '\"' (a quote inside a quoted field is written twice: \"\")",
        Category,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor TextAfterClosingQuote = Descriptors.Create(
        RuleIds.TextAfterClosingQuote,
        "Text after a closing quote",
        "Unexpected '{0}' after the closing quote of a field; a quote inside a quoted field is written twice (\"\"), and a field ends at a comma or a line break",
        Category,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidPort = Descriptors.Create(
        RuleIds.InvalidPort,
        "Invalid port",
        "'{0}' is not a valid port: {1}",
        Category,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnknownTransport = Descriptors.Create(
        RuleIds.UnknownTransport,
        "Unknown transport",
        "'{0}' is not a transport; use tcp, udp, sctp or dccp, or several joined by '/' such as tcp/udp",
        Category,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidIdentifier = Descriptors.Create(
        RuleIds.InvalidIdentifier,
        "A value cannot become a C# identifier",
        "The {0} '{1}' cannot become a C# identifier: {2}",
        Category,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor DuplicateName = Descriptors.Create(
        RuleIds.DuplicateName,
        "Duplicate name",
        "The {0} '{1}' is already defined at line {2} as '{3}'; names are compared ignoring case, so rename one of them",
        Category,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor ReservedName = Descriptors.Create(
        RuleIds.ReservedName,
        "A name collides with a generated member",
        "The {0} '{1}' collides with the generated member '{2}'; rename it",
        Category,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor DuplicateClass = Descriptors.Create(
        RuleIds.DuplicateClass,
        "Two catalogs generate the same class",
        "This catalog would generate '{0}', which the catalog '{1}' already generates; set the ClassName or Namespace metadata of one of them",
        Category,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidOption = Descriptors.Create(
        RuleIds.InvalidOption,
        "Invalid catalog option",
        "The {0} '{1}' is not valid: {2}",
        Category,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor DuplicateColumn = Descriptors.Create(
        RuleIds.DuplicateColumn,
        "Duplicate column or property",
        "{0} '{1}' appears more than once; remove or rename this one",
        Category,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidUtf8 = Descriptors.Create(
        RuleIds.InvalidUtf8,
        "The catalog is not UTF-8",
        "The catalog is not valid UTF-8: {0}; save the file as UTF-8",
        Category,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor JsonSyntaxError = Descriptors.Create(
        RuleIds.JsonSyntaxError,
        "JSON syntax error",
        "JSON syntax error: {0}",
        Category,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor JsonWrongType = Descriptors.Create(
        RuleIds.JsonWrongType,
        "A JSON value has the wrong type",
        "{0} must be {1}, not {2}",
        Category,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor ClassNamedLikeNamespace = Descriptors.Create(
        RuleIds.ClassNamedLikeNamespace,
        "A catalog class is named like a namespace",
        "This catalog would generate the class '{0}', but {1} declares a namespace of that name (a project named '{0}.Something' does); set the ClassName metadata of the catalog, or put the catalog classes in a namespace with the ExchangePortsNamespace property, such as <ExchangePortsNamespace>$(RootNamespace)</ExchangePortsNamespace>",
        Category,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor ClassInReference = Descriptors.Create(
        RuleIds.ClassInReference,
        "A referenced assembly already has this catalog class",
        "This catalog would generate the class '{0}', which the referenced assembly '{1}' already shows this project {2}; set the ClassName or Namespace metadata of this catalog",
        Category,
        DiagnosticSeverity.Error);

    // A warning in the project's own catalog (a name written twice is usually a copy-paste mistake); reported
    // as information for a registry or a lenient catalog, whose names are someone else's to choose.
    public static readonly DiagnosticDescriptor NameTaken = Descriptors.Create(
        RuleIds.NameTaken,
        "An entry is generated under another name",
        "The entry '{0}' is generated as '{1}': '{2}' {3}{4}",
        Category,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor RegistryRowsSkipped = Descriptors.Create(
        RuleIds.RegistryRowsSkipped,
        "Registry rows without a service name or port are skipped",
        "{0} rows of the registry have no service name or no port number (reserved or unassigned ports, or names registered without a port) and generate nothing",
        Category,
        DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor InvalidRole = Descriptors.Create(
        RuleIds.InvalidRole,
        "Invalid role",
        "'{0}' is not a list of roles: {1}; write role keys such as Mailbox or Edge, several joined by '/' such as Mailbox/Edge",
        Category,
        DiagnosticSeverity.Error);

    // A warning in the project's own catalog (a row whose text is dropped is usually a copy of another); reported
    // as information for a registry or a lenient catalog, whose rows are someone else's.
    public static readonly DiagnosticDescriptor RowMerged = Descriptors.Create(
        RuleIds.RowMerged,
        "A row is merged into another entry and part of its text is dropped",
        "The row '{0}' is merged into the entry '{1}' on line {2} (the same name on the same ports), whose {3} it keeps; this row's differ and are dropped{4}",
        Category,
        DiagnosticSeverity.Warning);

    /// <summary>
    /// The errors that concern one row, which is skipped while the others generate: a lenient catalog reports
    /// them as warnings. Errors about the whole file (a missing column, an option) stay errors.
    /// </summary>
    public static bool IsRowError(DiagnosticDescriptor descriptor) =>
        descriptor == FieldCountMismatch || descriptor == UnterminatedQuotedField || descriptor == TextAfterClosingQuote ||
        descriptor == InvalidPort || descriptor == UnknownTransport || descriptor == InvalidIdentifier ||
        descriptor == DuplicateName || descriptor == ReservedName || descriptor == JsonWrongType || descriptor == InvalidRole;
}
