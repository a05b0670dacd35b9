namespace ExchangePorts.Generators.Diagnostics;

/// <summary>
/// Every diagnostic ID of the project, in one place. <c>EXP1xxx</c>: port catalogs (generator);
/// <c>EXP2xxx</c>: hardcoded ports in code (analyzer).
/// IDs are never reused; each has a page at <c>docs/rules/ID.md</c>.
/// </summary>
internal static class RuleIds
{
    public const string InternalError = "EXP1000";
    public const string MissingRequiredColumn = "EXP1001";
    public const string UnknownColumn = "EXP1002";
    public const string EmptyCatalog = "EXP1003";
    public const string FieldCountMismatch = "EXP1004";
    public const string UnterminatedQuotedField = "EXP1005";
    public const string TextAfterClosingQuote = "EXP1006";
    public const string InvalidPort = "EXP1007";
    public const string UnknownTransport = "EXP1008";
    public const string InvalidIdentifier = "EXP1009";
    public const string DuplicateName = "EXP1010";
    public const string ReservedName = "EXP1011";
    public const string DuplicateClass = "EXP1012";
    public const string InvalidOption = "EXP1013";
    public const string DuplicateColumn = "EXP1014";
    public const string InvalidUtf8 = "EXP1015";
    public const string JsonSyntaxError = "EXP1016";
    public const string JsonWrongType = "EXP1017";
    public const string ClassNamedLikeNamespace = "EXP1018";
    public const string ClassInReference = "EXP1019";
    public const string NameTaken = "EXP1020";
    public const string RegistryRowsSkipped = "EXP1021";
    public const string InvalidRole = "EXP1022";
    public const string RowMerged = "EXP1023";
    public const string HardcodedPort = "EXP2001";
    public const string HardcodedPortInString = "EXP2002";
}
