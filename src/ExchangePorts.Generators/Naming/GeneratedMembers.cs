namespace ExchangePorts.Generators.Naming;

/// <summary>
/// The members a catalog class generates beside its entries, and how its names are put together: the
/// parser reserves them, the emitter writes them, the analyzer reads them.
/// </summary>
internal static class GeneratedMembers
{
    public const string All = "All";

    public const string Find = "Find";

    public const string TryGet = "TryGet";

    /// <summary>A range entry's nested class holds its first and last port.</summary>
    public const string RangeFirst = "First";

    public const string RangeLast = "Last";

    /// <summary>The catalog class's private storage; the name cannot be a PascalCased catalog value.</summary>
    public const string DataField = "__data";

    /// <summary>The root class's members; a group (or, without groups, an entry) of one of these names would collide with it.</summary>
    public static readonly string[] RootMemberNames = [All, Find, TryGet, DataField];

    /// <summary>The constants of a range entry's nested class: its first and last port.</summary>
    public static readonly string[] RangeMemberNames = [RangeFirst, RangeLast];

    /// <summary><c>Group.Name</c>, or the name alone in a catalog without groups.</summary>
    public static string QualifiedName(string group, string name) => group.Length == 0 ? name : group + "." + name;

    /// <summary>
    /// Why a catalog class cannot have this name, or null: a class in the global namespace named like a
    /// namespace the generated code uses would hide it (<c>global::System</c> would mean the class).
    /// </summary>
    public static string? CollisionWithGeneratedCode(string @namespace, string className)
    {
        if (@namespace.Length == 0 && className is "System" or TypeNames.Namespace)
        {
            return "a class of that name in the global namespace would hide the namespace '" + className + "' that generated code uses";
        }

        return @namespace == TypeNames.Namespace && className is TypeNames.Definition or TypeNames.Transport or TypeNames.CatalogClassAttribute or TypeNames.Data
            ? "it collides with the shared types in the namespace '" + TypeNames.Namespace + "'"
            : null;
    }
}
