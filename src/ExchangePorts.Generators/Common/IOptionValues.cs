namespace ExchangePorts.Generators.Common;

/// <summary>
/// Options by the keys MSBuild hands a compiler (<see cref="AnalyzerConfigKeys"/>): the compiler's own analyzer
/// options inside a build, a dictionary outside one (<see cref="DictionaryConfigOptions"/>).
/// </summary>
internal interface IOptionValues
{
    bool TryGetValue(string key, out string value);
}
