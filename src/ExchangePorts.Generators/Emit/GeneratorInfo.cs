namespace ExchangePorts.Generators.Emit;

/// <summary>What generated code says about its origin.</summary>
internal static class GeneratorInfo
{
    public const string Name = "ExchangePorts.Generators";

    public static readonly string Version = typeof(GeneratorInfo).Assembly.GetName().Version!.ToString();

    public static string GeneratedCodeAttribute =>
        "[global::System.CodeDom.Compiler.GeneratedCode(\"" + Name + "\", \"" + Version + "\")]";
}
