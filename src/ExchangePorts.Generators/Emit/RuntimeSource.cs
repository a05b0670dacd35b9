using System.IO;

namespace ExchangePorts.Generators.Emit;

/// <summary>
/// C# files under <c>Emit/Runtime</c>, embedded in this assembly and emitted as they are: code that is the
/// same for every catalog reads best as a real file, not as string concatenation.
/// </summary>
internal static class RuntimeSource
{
    public static string Read(string fileName)
    {
        using var stream = typeof(RuntimeSource).Assembly.GetManifestResourceStream(typeof(RuntimeSource).Namespace + ".Runtime." + fileName)
            ?? throw new FileNotFoundException("Embedded runtime source not found.", fileName);
        using var reader = new StreamReader(stream);

        // Line endings as everywhere else in the output, whatever the checkout did to the file.
        return reader.ReadToEnd().Replace("\r\n", "\n");
    }
}
