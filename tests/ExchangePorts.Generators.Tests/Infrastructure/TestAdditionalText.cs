using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ExchangePorts.Generators.Tests.Infrastructure;

/// <summary>An AdditionalFiles item held in memory.</summary>
internal sealed class TestAdditionalText(string path, SourceText? text) : AdditionalText
{
    private readonly SourceText? _text = text;

    public TestAdditionalText(string path, string? text)
        : this(path, text is null ? null : SourceText.From(text))
    {
    }

    public override string Path { get; } = path;

    public override SourceText? GetText(CancellationToken cancellationToken = default) => _text;
}
