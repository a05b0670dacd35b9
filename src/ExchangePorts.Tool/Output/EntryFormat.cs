namespace ExchangePorts.Tool.Output;

/// <summary>How <c>list</c> and <c>find</c> write entries.</summary>
internal enum EntryFormat
{
    /// <summary>A table for people (colour on a terminal, plain text when redirected or with NO_COLOR).</summary>
    Table,

    /// <summary>A catalog in the CSV format the generator reads.</summary>
    Csv,

    /// <summary>The documented JSON shape for scripts.</summary>
    Json,

    /// <summary>A Markdown table, for a change request or a wiki.</summary>
    Markdown,
}
