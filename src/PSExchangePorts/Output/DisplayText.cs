using ExchangePorts.Operations.Writers;

namespace PSExchangePorts;

/// <summary>
/// Text as the module shows it: every character that cannot be seen, or that moves, ends or reorders text (escape
/// sequences, line ends, bidi controls), written as <c>\u001B</c>. The format views show catalog text and what
/// servers answer through it, so neither can clear the screen or hide what a reader sees; the objects keep the
/// text as it is.
/// </summary>
public static class DisplayText
{
    /// <summary>The text with each hidden character escaped; null stays null.</summary>
    public static string? Visible(string? text) => text is null ? null : VisibleText.Escape(text);
}
