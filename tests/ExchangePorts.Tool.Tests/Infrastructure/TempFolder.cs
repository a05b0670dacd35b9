using System;
using System.IO;

namespace ExchangePorts.Tool.Tests.Infrastructure;

/// <summary>A temporary folder, deleted with what is in it.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("exchangeports-tool-tests").FullName;

    public string PathOf(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Writes a file and returns its path.</summary>
    public string Write(string name, string text)
    {
        var path = PathOf(name);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A test that failed may leave a file open; the system cleans its temporary folder.
        }
    }
}
