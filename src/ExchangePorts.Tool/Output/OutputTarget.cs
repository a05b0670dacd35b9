using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using ExchangePorts.Operations.Errors;
using ExchangePorts.Operations.Files;
using ExchangePorts.Operations.Writers;

namespace ExchangePorts.Tool.Output;

/// <summary>
/// Where a command's result goes: standard output (no <c>--output</c>, or <c>-</c>), or a file, which is written and
/// nothing else, as <see cref="OutputFile"/> writes files for every front end.
/// </summary>
internal static class OutputTarget
{
    private const string Option = "--output";
    private const string Otherwise = ", or - for standard output";

    /// <summary>Writes <paramref name="text"/> to <paramref name="path"/>, or to standard output.</summary>
    /// <exception cref="OperationsException">The path is not one to write a file at, or this user may not.</exception>
    /// <exception cref="OperationsException">Writing failed (a full disk, a closed pipe); nothing was replaced.</exception>
    public static void Write(string text, string? path, ToolConsole console) => Write(writer => writer.Write(text), path, console);

    /// <summary>
    /// Writes a result to <paramref name="path"/>, or to standard output, as <paramref name="write"/> makes it: a large
    /// result is never held whole in memory. A file is still replaced whole or not at all.
    /// </summary>
    /// <exception cref="OperationsException">The path is not one to write a file at, or this user may not.</exception>
    /// <exception cref="OperationsException">Writing failed (a full disk, a closed pipe); nothing was replaced.</exception>
    public static void Write(Action<TextWriter> write, string? path, ToolConsole console)
    {
        if (path is null || path == "-" || IsStandardOutput(path))
        {
            WriteStandardOutput(write, console);
            return;
        }

        OutputFile.Write(OutputFile.Resolve(path, Option, Otherwise), write, Option);
    }

    /// <summary>Refuses a path <see cref="Write"/> would refuse, or one of the command's <paramref name="inputs"/>, before a command does its work.</summary>
    /// <exception cref="OperationsException">The path is not one to write a file at.</exception>
    public static void Check(string? path, IEnumerable<string> inputs)
    {
        if (path is not null && path != "-" && !IsStandardOutput(path))
        {
            OutputFile.RefuseInput(OutputFile.Resolve(path, Option, Otherwise), inputs, Option);
        }
    }

    /// <summary>
    /// Writes to standard output and flushes, so a full disk or a closed pipe is reported, not lost. On a terminal the
    /// text is made visible whatever its format (CSV keeps catalog text as it is, which may hold escape sequences).
    /// </summary>
    public static void WriteStandardOutput(Action<TextWriter> write, ToolConsole console)
    {
        try
        {
            if (console.OutputIsTerminal)
            {
                using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
                write(text);
                console.Out.Write(VisibleText.EscapeForTerminal(text.ToString()));
                console.Out.Flush();
                return;
            }

            var output = console.OpenOutput();
            write(output);
            output.Flush();
        }
        catch (IOException exception)
        {
            throw new OperationsException("standard output cannot be written: " + exception.Message, OperationsFailure.CannotWrite);
        }
    }

    /// <summary>
    /// Whether the path names this process's standard output (<c>/dev/stdout</c>, <c>/dev/fd/1</c>,
    /// <c>/proc/self/fd/1</c>): written as standard output, so <c>-o /dev/stdout &gt;&gt; log</c> appends to the log
    /// instead of replacing it with a file of its own.
    /// </summary>
    private static bool IsStandardOutput(string path) =>
        path is "/dev/stdout" or "/dev/fd/1" or "/proc/self/fd/1" or "/proc/thread-self/fd/1";
}
