using System;
using System.IO;
using ExchangePorts.Operations.Writers;
using Spectre.Console;

namespace ExchangePorts.Tool.Output;

/// <summary>
/// Where a command writes: its result to <see cref="Out"/>, messages to <see cref="Error"/>. The tool's process uses
/// the system's console; tests give writers of their own and run commands in process.
/// </summary>
internal sealed class ToolConsole(TextWriter output, TextWriter error, bool outputIsTerminal, bool errorIsTerminal, Func<TextWriter>? openOutput = null)
{
    public TextWriter Out { get; } = output as CheckedWriter ?? new CheckedWriter(output);

    public TextWriter Error { get; } = error;

    /// <summary>The process's standard output and error.</summary>
    public static ToolConsole System() =>
        new(new StreamWriter(StandardOutput.Open(), Utf8, 4096) { AutoFlush = true }, StandardStreams.ErrorIsGiven ? Console.Error : TextWriter.Null, StandardStreams.OutputIsGiven && !Console.IsOutputRedirected, StandardStreams.ErrorIsGiven && !Console.IsErrorRedirected, OpenStandardOutput);

    /// <summary>
    /// Where a large result goes as it is made: standard output through a buffer of its own (the console's writer
    /// flushes at every write), or <see cref="Out"/>. Flushed, never disposed, by its user.
    /// </summary>
    public TextWriter OpenOutput() => openOutput is null ? Out : new CheckedWriter(openOutput());

    /// <summary>Whether standard output is a terminal, where nothing hidden may be written (<see cref="VisibleText.EscapeForTerminal"/>).</summary>
    public bool OutputIsTerminal => outputIsTerminal;

    /// <summary>Plain text instead of a terminal's table and colour: output is redirected, or <c>NO_COLOR</c> is set.</summary>
    public bool IsPlain => !outputIsTerminal || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));

    /// <summary>Whether standard error is a terminal that can show progress.</summary>
    public bool ErrorIsTerminal => errorIsTerminal && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));

    /// <summary>One line on standard error, with nothing hidden in it (catalog text and paths reach messages).</summary>
    public void WriteError(string line)
    {
        var visible = VisibleText.Escape(line);
        try
        {
            Error.WriteLine(visible);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ObjectDisposedException)
        {
            // The console's writer could not load (no file descriptor left) or standard error is closed or full.
            if (ReferenceEquals(Error, Console.Error))
            {
                LastResortError.WriteLine(visible);
            }
        }
    }

    private static readonly System.Text.UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private static TextWriter OpenStandardOutput() => new StreamWriter(StandardOutput.Open(), Utf8, 1 << 16);

    /// <summary>The terminal, for tables with colour and box lines.</summary>
    public IAnsiConsole Terminal() => AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Out) });

    /// <summary>The terminal's standard error, for progress that leaves standard output to the result.</summary>
    public IAnsiConsole ErrorTerminal() => AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Error) });
}
