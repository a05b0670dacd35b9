using System;
using System.IO;
using System.Text;
using Spectre.Console;

namespace ExchangePorts.Tool.Output;

/// <summary>Where a command's result goes: standard output, or a file written whole or not at all.</summary>
internal static class OutputTarget
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes the text to <paramref name="path"/> through a temporary file beside it, or to standard output.</summary>
    public static void Write(string text, string? path)
    {
        if (path is null)
        {
            System.Console.Out.Write(text);
            return;
        }

        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(folder))
        {
            throw new UsageException("--output: the folder " + folder + " does not exist.");
        }

        var temporary = Path.Combine(folder, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            File.WriteAllText(temporary, text, Utf8);
            File.Move(temporary, full, overwrite: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            File.Delete(temporary);
            throw new UsageException("--output: " + full + " cannot be written: " + exception.Message);
        }
    }

    /// <summary>Plain text instead of a terminal's table and colour: output is redirected, or <c>NO_COLOR</c> is set.</summary>
    public static bool IsPlain =>
        System.Console.IsOutputRedirected || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));

    /// <summary>The terminal, for tables with colour and box lines.</summary>
    public static IAnsiConsole Console() =>
        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(System.Console.Out) });

    /// <summary>The terminal's standard error, for progress that leaves standard output to the result.</summary>
    public static IAnsiConsole ErrorConsole() =>
        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(System.Console.Error) });
}
