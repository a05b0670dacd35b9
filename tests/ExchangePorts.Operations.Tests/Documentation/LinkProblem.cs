namespace ExchangePorts.Operations.Tests.Documentation;

/// <summary>A link that leads nowhere: the page (relative to the repository), its line, the target as written, and why.</summary>
internal sealed record LinkProblem(string Page, int Line, string Target, string Reason)
{
    public override string ToString() => Page + ":" + Line + ": " + Target + ": " + Reason;
}
