using System.IO;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ExchangePorts.Generators.Tests.Infrastructure;

/// <summary>An AdditionalFiles item whose reading fails, as a file locked by another process does: a failure inside the generator.</summary>
internal sealed class ThrowingAdditionalText(string path, string message) : AdditionalText
{
    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => throw new IOException(message);
}
