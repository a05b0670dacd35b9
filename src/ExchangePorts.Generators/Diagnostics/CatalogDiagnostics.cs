using ExchangePorts.Generators.Common;

namespace ExchangePorts.Generators.Diagnostics;

/// <summary>The rules of every mistake a port catalog can contain.</summary>
internal static class CatalogDiagnostics
{
    private const string Category = "ExchangePorts.Catalog";

    public static readonly Rule InternalError = new(
        RuleIds.InternalError,
        "The port catalog generator failed",
        "The port catalog generator failed on this catalog: {0}; please report this as a bug with the catalog attached",
        Category,
        RuleSeverity.Error);

    public static readonly Rule MissingRequiredColumn = new(
        RuleIds.MissingRequiredColumn,
        "A required column is missing",
        "The {0} has no '{1}' {2}; a catalog entry needs name, port and transport, and a group unless no entry of the catalog has one",
        Category,
        RuleSeverity.Error);

    public static readonly Rule UnknownColumn = new(
        RuleIds.UnknownColumn,
        "Unknown column or property",
        "{0} '{1}' is unknown and ignored; {2}",
        Category,
        RuleSeverity.Warning);

    public static readonly Rule EmptyCatalog = new(
        RuleIds.EmptyCatalog,
        "The catalog has no entries",
        "The catalog has no entries: {0}",
        Category,
        RuleSeverity.Warning);

    public static readonly Rule FieldCountMismatch = new(
        RuleIds.FieldCountMismatch,
        "A row has the wrong number of fields",
        "This row has {0} fields but the header row has {1}; quote a value that contains a comma, and leave an empty field for a missing value",
        Category,
        RuleSeverity.Error);

    public static readonly Rule UnterminatedQuotedField = new(
        RuleIds.UnterminatedQuotedField,
        "A quoted field is not closed",
        "This quoted field has no closing quote, so the rest of the file is part of it; add the closing '\"' (a quote inside a quoted field is written twice: \"\")",
        Category,
        RuleSeverity.Error);

    public static readonly Rule TextAfterClosingQuote = new(
        RuleIds.TextAfterClosingQuote,
        "Text after a closing quote",
        "Unexpected '{0}' after the closing quote of a field; a quote inside a quoted field is written twice (\"\"), and a field ends at a comma or a line break",
        Category,
        RuleSeverity.Error);

    public static readonly Rule InvalidPort = new(
        RuleIds.InvalidPort,
        "Invalid port",
        "'{0}' is not a valid port: {1}",
        Category,
        RuleSeverity.Error);

    public static readonly Rule UnknownTransport = new(
        RuleIds.UnknownTransport,
        "Unknown transport",
        "'{0}' is not a transport; use tcp, udp, sctp or dccp, or several joined by '/' such as tcp/udp",
        Category,
        RuleSeverity.Error);

    public static readonly Rule InvalidIdentifier = new(
        RuleIds.InvalidIdentifier,
        "A value cannot become a C# identifier",
        "The {0} '{1}' cannot become a C# identifier: {2}",
        Category,
        RuleSeverity.Error);

    public static readonly Rule DuplicateName = new(
        RuleIds.DuplicateName,
        "Duplicate name",
        "The {0} '{1}' is already defined at line {2} as '{3}'; names are compared ignoring case, so rename one of them",
        Category,
        RuleSeverity.Error);

    public static readonly Rule ReservedName = new(
        RuleIds.ReservedName,
        "A name collides with a generated member",
        "The {0} '{1}' collides with the generated member '{2}'; rename it",
        Category,
        RuleSeverity.Error);

    public static readonly Rule DuplicateClass = new(
        RuleIds.DuplicateClass,
        "Two catalogs generate the same class",
        "This catalog would generate '{0}', which the catalog '{1}' already generates; set the ClassName or Namespace metadata of one of them",
        Category,
        RuleSeverity.Error);

    public static readonly Rule InvalidOption = new(
        RuleIds.InvalidOption,
        "Invalid catalog option",
        "The {0} '{1}' is not valid: {2}",
        Category,
        RuleSeverity.Error);

    public static readonly Rule DuplicateColumn = new(
        RuleIds.DuplicateColumn,
        "Duplicate column or property",
        "{0} '{1}' appears more than once; remove or rename this one",
        Category,
        RuleSeverity.Error);

    public static readonly Rule InvalidUtf8 = new(
        RuleIds.InvalidUtf8,
        "The catalog is not UTF-8",
        "The catalog is not valid UTF-8: {0}; save the file as UTF-8",
        Category,
        RuleSeverity.Warning);

    public static readonly Rule JsonSyntaxError = new(
        RuleIds.JsonSyntaxError,
        "JSON syntax error",
        "JSON syntax error: {0}",
        Category,
        RuleSeverity.Error);

    public static readonly Rule JsonWrongType = new(
        RuleIds.JsonWrongType,
        "A JSON value has the wrong type",
        "{0} must be {1}, not {2}",
        Category,
        RuleSeverity.Error);

    public static readonly Rule ClassNamedLikeNamespace = new(
        RuleIds.ClassNamedLikeNamespace,
        "A catalog class is named like a namespace",
        "This catalog would generate the class '{0}', but {1} declares a namespace of that name (a project named '{0}.Something' does); set the ClassName metadata of the catalog, or put the catalog classes in a namespace with the ExchangePortsNamespace property, such as <ExchangePortsNamespace>$(RootNamespace)</ExchangePortsNamespace>",
        Category,
        RuleSeverity.Error);

    public static readonly Rule ClassInReference = new(
        RuleIds.ClassInReference,
        "A referenced assembly already has this catalog class",
        "This catalog would generate the class '{0}', which the referenced assembly '{1}' already shows this project {2}; set the ClassName or Namespace metadata of this catalog",
        Category,
        RuleSeverity.Error);

    // A warning in the project's own catalog (a name written twice is usually a copy-paste mistake); reported
    // as information for a registry or a lenient catalog, whose names are someone else's to choose.
    public static readonly Rule NameTaken = new(
        RuleIds.NameTaken,
        "An entry is generated under another name",
        "The entry '{0}' is generated as '{1}': '{2}' {3}{4}",
        Category,
        RuleSeverity.Warning);

    public static readonly Rule RegistryRowsSkipped = new(
        RuleIds.RegistryRowsSkipped,
        "Registry rows without a service name or port are skipped",
        "{0} rows of the registry have no service name or no port number (reserved or unassigned ports, or names registered without a port) and generate nothing",
        Category,
        RuleSeverity.Info);

    public static readonly Rule InvalidRole = new(
        RuleIds.InvalidRole,
        "Invalid role",
        "'{0}' is not a list of roles: {1}; write role keys such as Mailbox or Edge, several joined by '/' such as Mailbox/Edge",
        Category,
        RuleSeverity.Error);

    // A warning in the project's own catalog (a row whose text is dropped is usually a copy of another); reported
    // as information for a registry or a lenient catalog, whose rows are someone else's.
    public static readonly Rule RowMerged = new(
        RuleIds.RowMerged,
        "A row is merged into another entry and part of its text is dropped",
        "The row '{0}' is merged into the entry '{1}' on line {2} (the same name on the same ports), whose {3} it keeps; this row's differ and are dropped{4}",
        Category,
        RuleSeverity.Warning);

    /// <summary>
    /// The errors that concern one row, which is skipped while the others generate: a lenient catalog reports
    /// them as warnings. Errors about the whole file (a missing column, an option) stay errors.
    /// </summary>
    public static bool IsRowError(Rule rule) =>
        rule == FieldCountMismatch || rule == UnterminatedQuotedField || rule == TextAfterClosingQuote ||
        rule == InvalidPort || rule == UnknownTransport || rule == InvalidIdentifier ||
        rule == DuplicateName || rule == ReservedName || rule == JsonWrongType || rule == InvalidRole;
}
