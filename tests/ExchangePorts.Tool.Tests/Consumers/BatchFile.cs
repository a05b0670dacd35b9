using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace ExchangePorts.Tool.Tests.Consumers;

/// <summary>One command of a batch file as cmd.exe reads it: the text it runs (carets removed, quotes kept) and its redirections.</summary>
internal sealed record BatchCommand(int Line, string Text, IReadOnlyList<string> Redirections)
{
    /// <summary>The first word, lower case: <c>netsh</c>, <c>rem</c>, <c>@echo</c>.</summary>
    public string Name => Text.TrimStart().Split(' ', '\t')[0].ToLowerInvariant();
}

/// <summary>
/// A batch file read by cmd.exe's rules, as Microsoft documents cmd (and the detailed account of its parser that the
/// cmd documentation's readers keep): per line, <c>%</c> expansion first (<c>%%</c> is one <c>%</c>; anything else
/// expands a variable or parameter); then, outside double quotes, <c>^</c> escapes the next character (at the end of a
/// line it joins the next line), <c>&amp;</c> and <c>|</c> (doubled too) end a command, <c>&lt;</c> and <c>&gt;</c>
/// redirect, <c>(</c> and <c>)</c> group; inside quotes everything is literal. Then the C runtime's rules split a
/// program's arguments (Microsoft's "Parsing C command-line arguments"), which is what netsh receives. The reader is
/// strict: an expansion, a continued line or a group is reported as a command of its own, so it fails a test; so is a
/// line longer than the 8,191 characters cmd reads (Microsoft's "Command prompt line string limitation"), whose tail
/// cmd may drop or run as a command of its own.
/// </summary>
internal static class BatchFile
{
    /// <summary>The most characters cmd reads of one line.</summary>
    public const int MaxLine = 8191;

    public static List<BatchCommand> Read(string file)
    {
        var commands = new List<BatchCommand>();
        var lines = file.Split('\n');
        for (var number = 1; number <= lines.Length; number++)
        {
            var line = lines[number - 1];
            if (line.EndsWith('\r'))
            {
                line = line[..^1];
            }

            if (line.Length == 0)
            {
                continue;
            }

            if (line.Contains('\r', StringComparison.Ordinal))
            {
                commands.Add(new BatchCommand(number, "<a carriage return inside a line>", []));
            }

            if (line.Length > MaxLine)
            {
                commands.Add(new BatchCommand(number, "<a line of " + line.Length + " characters, longer than cmd reads>", []));
            }

            ReadLine(number, ExpandPercent(number, line, commands), commands);
        }

        return commands;
    }

    /// <summary>The arguments a program gets from its command line, by the C runtime's rules (netsh's argv).</summary>
    public static List<string> Arguments(string commandLine)
    {
        var arguments = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        var any = false;
        for (var i = 0; i < commandLine.Length; i++)
        {
            var c = commandLine[i];
            if (c == '\\')
            {
                var run = 0;
                while (i < commandLine.Length && commandLine[i] == '\\')
                {
                    run++;
                    i++;
                }

                if (i < commandLine.Length && commandLine[i] == '"')
                {
                    current.Append('\\', run / 2);
                    if (run % 2 == 1)
                    {
                        current.Append('"');
                    }
                    else
                    {
                        i--;
                    }
                }
                else
                {
                    current.Append('\\', run);
                    i--;
                }

                any = true;
            }
            else if (c == '"')
            {
                if (quoted && i + 1 < commandLine.Length && commandLine[i + 1] == '"')
                {
                    current.Append('"');
                    i++;
                }
                else
                {
                    quoted = !quoted;
                }

                any = true;
            }
            else if (!quoted && c is ' ' or '\t')
            {
                if (any)
                {
                    arguments.Add(current.ToString());
                    current.Clear();
                    any = false;
                }
            }
            else
            {
                current.Append(c);
                any = true;
            }
        }

        if (any)
        {
            arguments.Add(current.ToString());
        }

        return arguments;
    }

    private static string ExpandPercent(int number, string line, List<BatchCommand> commands)
    {
        var text = new StringBuilder();
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] != '%')
            {
                text.Append(line[i]);
            }
            else if (i + 1 < line.Length && line[i + 1] == '%')
            {
                text.Append('%');
                i++;
            }
            else
            {
                commands.Add(new BatchCommand(number, "<an expansion: " + line.Substring(i, Math.Min(12, line.Length - i)) + ">", []));
            }
        }

        return text.ToString();
    }

    private static void ReadLine(int number, string line, List<BatchCommand> commands)
    {
        var text = new StringBuilder();
        var redirections = new List<string>();
        var quoted = false;
        void End()
        {
            if (text.ToString().Trim().Length > 0 || redirections.Count > 0)
            {
                commands.Add(new BatchCommand(number, text.ToString().Trim(), redirections.ToList()));
            }

            text.Clear();
            redirections.Clear();
        }

        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '"')
            {
                quoted = !quoted;
                text.Append(c);
            }
            else if (quoted)
            {
                text.Append(c);
            }
            else if (c == '^')
            {
                if (i + 1 == line.Length)
                {
                    commands.Add(new BatchCommand(number, "<a line continued by ^>", []));
                }
                else
                {
                    text.Append(line[++i]);
                }
            }
            else if (c is '&' or '|')
            {
                i += i + 1 < line.Length && line[i + 1] == c ? 1 : 0;
                End();
            }
            else if (c is '(' or ')')
            {
                commands.Add(new BatchCommand(number, "<a group: " + c + ">", []));
            }
            else if (c is '<' or '>')
            {
                // A handle number right before it (2>) belongs to the redirection.
                var handle = text.Length > 0 && char.IsAsciiDigit(text[^1]) && (text.Length == 1 || text[^2] is ' ' or '\t') ? text[^1].ToString() : string.Empty;
                text.Length -= handle.Length;
                var target = new StringBuilder(handle).Append(c);
                while (i + 1 < line.Length && line[i + 1] is '>' or '&')
                {
                    target.Append(line[++i]);
                }

                while (i + 1 < line.Length && line[i + 1] is ' ' or '\t')
                {
                    i++;
                }

                while (i + 1 < line.Length && line[i + 1] is not (' ' or '\t' or '&' or '|' or '<' or '>'))
                {
                    target.Append(line[++i]);
                }

                redirections.Add(target.ToString());
            }
            else
            {
                text.Append(c);
            }
        }

        End();
    }
}
