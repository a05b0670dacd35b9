using System;
using System.IO;
using System.Text;
using ExchangePorts.Operations.Errors;
using ExchangePorts.Operations.Files;
using ExchangePorts.Operations.Writers;

namespace ExchangePorts.Tool.Output;

/// <summary>
/// Where a command's result goes: standard output (no <c>--output</c>, or <c>-</c>), or a file, which is written and
/// nothing else. A regular file is replaced whole (a temporary file in the same folder, then a rename), keeping its
/// permissions and owner, or left alone with a reason when they cannot be kept; a symbolic link is written through to
/// the file it points to; a folder, a device, a FIFO or a socket is refused; so is a file with other hard links, which
/// a rename would split from it.
/// </summary>
internal static class OutputTarget
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

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

        var target = Target(path);
        var folder = Path.GetDirectoryName(target)!;
        var temporary = Path.Combine(folder, ".exchange-ports-" + Guid.NewGuid().ToString("N").Substring(0, 12) + ".tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                using (var writer = new StreamWriter(stream, Utf8, 1 << 16, leaveOpen: true))
                {
                    write(writer);
                }

                stream.Flush(flushToDisk: true);
            }

            Keep(target, temporary);
            File.Move(temporary, target, overwrite: true);
        }
        catch (UnauthorizedAccessException exception)
        {
            TryDelete(temporary);
            throw new OperationsException("--output: " + target + " cannot be written: " + exception.Message);
        }
        catch (IOException exception)
        {
            TryDelete(temporary);
            throw new OperationsException("--output: " + target + " cannot be written: " + exception.Message, OperationsFailure.CannotWrite);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    /// <summary>Refuses a path <see cref="Write"/> would refuse, before a command does its work.</summary>
    /// <exception cref="OperationsException">The path is not one to write a file at.</exception>
    public static void Check(string? path)
    {
        if (path is not null && path != "-" && !IsStandardOutput(path))
        {
            Target(path);
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

    /// <summary>The file to replace: the path itself, or the file a symbolic link at it points to.</summary>
    private static string Target(string path)
    {
        try
        {
            return Resolve(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A link loop, a name too long, a folder this user may not enter.
            throw new OperationsException("--output: " + path + " cannot be written: " + exception.Message);
        }
    }

    private const int StickyBit = 0x200;
    private const int OthersMayWrite = 0x2;

    private static string Resolve(string path)
    {
        if (path.Length == 0 || path.IndexOf('\0') >= 0)
        {
            throw new OperationsException("--output: '" + path + "' is not a file name; give a file, or - for standard output.");
        }

        string full;
        try
        {
            full = Path.GetFullPath(path);
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new OperationsException("--output: '" + path + "' is not a file name: " + exception.Message);
        }

        if (Directory.Exists(full))
        {
            throw new OperationsException("--output: " + full + " is a folder; give a file in it.");
        }

        // File systems take names of at most 255 bytes; the rename at the end would fail after all the work.
        var nameBytes = Encoding.UTF8.GetByteCount(Path.GetFileName(full));
        if (nameBytes > 255)
        {
            throw new OperationsException("--output: the file name is " + nameBytes.ToString(System.Globalization.CultureInfo.InvariantCulture) + " bytes long; a file system takes at most 255.");
        }

        // The process's own streams by another name (/dev/stderr, /proc/self/fd/5) are not files to replace.
        if (full is "/dev/stdin" or "/dev/stderr" || full.StartsWith("/dev/fd/", StringComparison.Ordinal) || full.StartsWith("/proc/self/fd/", StringComparison.Ordinal) ||
            full.StartsWith("/proc/thread-self/fd/", StringComparison.Ordinal))
        {
            throw new OperationsException("--output: " + full + " is one of this process's open files, not a file to write; give a file, or - for standard output.");
        }

        var folder = Path.GetDirectoryName(full);
        if (!UnixFile.IsSupported)
        {
            return folder is not null && Directory.Exists(folder) ? full : throw new OperationsException("--output: the folder " + folder + " does not exist.");
        }

        var folderStatus = UnixFile.Of(folder!, followLinks: true);
        if (folderStatus.Kind != UnixFile.Kind.Directory)
        {
            throw new OperationsException("--output: " + (folderStatus.Kind == UnixFile.Kind.Missing ? "the folder " + folder + " does not exist." : folder + " is not a folder."));
        }

        if (!UnixFile.MayWrite(folder!))
        {
            throw new OperationsException("--output: " + full + " cannot be written: this user may not write in " + folder + ".");
        }

        var status = UnixFile.Of(full);
        if (status.Kind == UnixFile.Kind.SymbolicLink)
        {
            // As the kernel's protected_symlinks does, whatever it is set to: a link that another user left in a folder
            // everyone may write (/tmp) is not followed, or -o /tmp/x would replace whatever file that user points it at.
            if ((folderStatus.Mode & StickyBit) != 0 && (folderStatus.Mode & OthersMayWrite) != 0 && status.Owner != UnixFile.EffectiveUser() && status.Owner != folderStatus.Owner)
            {
                throw new OperationsException("--output: " + full + " is a symbolic link another user made in " + folder + ", a folder everyone may write; it is not followed.");
            }

            var linked = new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true);
            if (linked is null || !linked.Exists)
            {
                throw new OperationsException("--output: " + full + " is a symbolic link to a file that does not exist; give the file itself.");
            }

            full = linked.FullName;
            status = UnixFile.Of(full);
        }

        if (status.Kind == UnixFile.Kind.Regular && !UnixFile.MayWrite(full))
        {
            // As the shell's > would: a file this user may not write is not replaced behind its back.
            throw new OperationsException("--output: " + full + " cannot be written: permission denied.");
        }

        return status.Kind switch
        {
            UnixFile.Kind.Missing or UnixFile.Kind.Regular when status.Links <= 1 => full,
            UnixFile.Kind.Regular => throw new OperationsException("--output: " + full + " has other hard links, which replacing it would leave with the old text; write to another file."),
            UnixFile.Kind.Directory => throw new OperationsException("--output: " + full + " is a folder; give a file in it."),
            _ => throw new OperationsException("--output: " + full + " is not a regular file (a device, a FIFO or a socket); give a file, or - for standard output."),
        };
    }

    /// <summary>Gives the temporary file the permissions and owner of the file it replaces, or refuses to replace it.</summary>
    private static void Keep(string target, string temporary)
    {
        if (!UnixFile.IsSupported)
        {
            return;
        }

        var existing = UnixFile.Of(target);
        if (existing.Kind != UnixFile.Kind.Regular)
        {
            return;
        }

        File.SetUnixFileMode(temporary, (UnixFileMode)existing.Mode);
        var created = UnixFile.Of(temporary);
        if ((created.Owner != existing.Owner || created.Group != existing.Group) && !UnixFile.TryChangeOwner(temporary, existing.Owner, existing.Group))
        {
            throw new OperationsException("--output: " + target + " belongs to another user or group, which replacing it would not keep; write to another file.");
        }

        if ((UnixFile.Of(temporary).Mode & 0xFFF) != existing.Mode)
        {
            // chown clears the set-user and set-group bits; set the mode again.
            File.SetUnixFileMode(temporary, (UnixFileMode)existing.Mode);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            // The error being reported matters more than a temporary file left behind.
        }
    }
}
