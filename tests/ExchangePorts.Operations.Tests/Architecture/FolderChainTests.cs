using System;
using System.IO;
using ExchangePorts.Tests.Shared;
using Xunit;

namespace ExchangePorts.Operations.Tests.Architecture;

/// <summary>The chain check every project's architecture test uses finds what it is there to find.</summary>
public sealed class FolderChainTests : IDisposable
{
    private readonly string source = Directory.CreateTempSubdirectory("chain-").FullName;

    public void Dispose() => Directory.Delete(source, recursive: true);

    [Fact]
    public void It_finds_an_arrow_back_a_file_outside_its_namespace_and_a_folder_outside_the_chain()
    {
        Write("Low/A.cs", "using Sample.High;\nnamespace Sample.Low;\nclass A { }");
        Write("High/B.cs", "using Sample.Low;\nnamespace Sample.Low;\nclass B { }");
        Write("High/Deeper/C.cs", "namespace Sample.High.Deeper;\nclass C { Sample.Low.A a; }");
        Write("Stray/D.cs", "namespace Sample.Stray;");
        var chain = new FolderChain(source, "Sample", ["Low", "High"]);

        Assert.Equal(["Low/A.cs uses High"], chain.ArrowsBack());
        Assert.Equal(["High/B.cs"], chain.FilesOutsideTheirNamespace());
        Assert.Equal(["High", "Low", "Stray"], chain.Folders);
        Assert.DoesNotContain("Stray", new FolderChain(source, "Sample", ["Low", "High"], "Stray").Folders);
    }

    private void Write(string relative, string text)
    {
        var path = Path.Combine(source, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
