using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using ExchangePorts.Operations.Errors;

namespace ExchangePorts.Operations.Files;

/// <summary>
/// A file a front end writes a result to (<c>--output</c>, <c>-Path</c>), and nothing else. A regular file is
/// replaced whole (a temporary file in the same folder, then a rename), keeping its permissions and owner, or left
/// alone with a reason when they cannot be kept; a symbolic link is written through to the file it points to, unless
/// another user left it in a folder everyone may write; a folder, a device, a FIFO or a socket is refused; so is a file
/// this user may not write, and one with other hard links, which a rename would split from it.
/// </summary>
internal static class OutputFile
{
    private const int StickyBit = 0x200;
    private const int OthersMayWrite = 0x2;
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The file to replace: the full path, or the file a symbolic link at it points to.</summary>
    /// <param name="option">The option or parameter that named it, for messages: <c>--output</c>.</param>
    /// <param name="otherwise">What else the option takes, for messages: <c>, or - for standard output</c>.</param>
    /// <exception cref="OperationsException">The path is not one to write a file at, or this user may not.</exception>
    public static string Resolve(string path, string option, string otherwise = "")
    {
        try
        {
            return Target(path, option, otherwise);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A link loop, a name too long, a folder this user may not enter.
            throw new OperationsException(option + ": " + path + " cannot be written: " + exception.Message);
        }
    }

    /// <summary>Refuses to replace a file the same command reads (a catalog): its text would be lost to the result.</summary>
    /// <param name="target">The file to write, from <see cref="Resolve"/>.</param>
    /// <exception cref="OperationsException">It is one of <paramref name="inputs"/>, by any path.</exception>
    public static void RefuseInput(string target, IEnumerable<string> inputs, string option)
    {
        var identity = UnixFile.Identity(target);
        foreach (var input in inputs)
        {
            if (identity is { } id ? UnixFile.Identity(input) == id : string.Equals(Path.GetFullPath(input), target, StringComparison.OrdinalIgnoreCase))
            {
                throw new OperationsException(option + ": " + target + " is a catalog this command reads; write the result to another file.");
            }
        }
    }

    /// <summary>Replaces <paramref name="target"/> (from <see cref="Resolve"/>) with what <paramref name="write"/> writes, in UTF-8: whole, or not at all.</summary>
    /// <exception cref="OperationsException">Writing failed (a full disk, a file that cannot keep its owner); nothing was replaced.</exception>
    public static void Write(string target, Action<TextWriter> write, string option)
    {
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

            Keep(target, temporary, option);
            if (File.Exists(target))
            {
                File.Replace(temporary, target, destinationBackupFileName: null);
            }
            else
            {
                File.Move(temporary, target);
            }
        }
        catch (UnauthorizedAccessException exception)
        {
            TryDelete(temporary);
            throw new OperationsException(option + ": " + target + " cannot be written: " + exception.Message);
        }
        catch (IOException exception)
        {
            TryDelete(temporary);
            throw new OperationsException(option + ": " + target + " cannot be written: " + exception.Message, OperationsFailure.CannotWrite);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    private static string Target(string path, string option, string otherwise)
    {
        if (path.Length == 0 || path.IndexOf('\0') >= 0)
        {
            throw new OperationsException(option + ": '" + path + "' is not a file name; give a file" + otherwise + ".");
        }

        string full;
        try
        {
            full = Path.GetFullPath(path);
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new OperationsException(option + ": '" + path + "' is not a file name: " + exception.Message);
        }

        if (Directory.Exists(full))
        {
            throw new OperationsException(option + ": " + full + " is a folder; give a file in it.");
        }

        // File systems take names of at most 255 bytes; the rename at the end would fail after all the work.
        var nameBytes = Encoding.UTF8.GetByteCount(Path.GetFileName(full));
        if (nameBytes > 255)
        {
            throw new OperationsException(option + ": the file name is " + nameBytes.ToString(System.Globalization.CultureInfo.InvariantCulture) + " bytes long; a file system takes at most 255.");
        }

        // The process's own streams by another name (/dev/stderr, /proc/self/fd/5) are not files to replace.
        if (full is "/dev/stdin" or "/dev/stderr" || full.StartsWith("/dev/fd/", StringComparison.Ordinal) || full.StartsWith("/proc/self/fd/", StringComparison.Ordinal) ||
            full.StartsWith("/proc/thread-self/fd/", StringComparison.Ordinal))
        {
            throw new OperationsException(option + ": " + full + " is one of this process's open files, not a file to write; give a file" + otherwise + ".");
        }

        var folder = Path.GetDirectoryName(full);
        if (!UnixFile.IsSupported)
        {
            return folder is not null && Directory.Exists(folder) ? full : throw new OperationsException(option + ": the folder " + folder + " does not exist.");
        }

        var folderStatus = UnixFile.Of(folder!, followLinks: true);
        if (folderStatus.Kind != UnixFile.Kind.Directory)
        {
            throw new OperationsException(option + ": " + (folderStatus.Kind == UnixFile.Kind.Missing ? "the folder " + folder + " does not exist." : folder + " is not a folder."));
        }

        if (!UnixFile.MayWrite(folder!))
        {
            throw new OperationsException(option + ": " + full + " cannot be written: this user may not write in " + folder + ".");
        }

        var status = UnixFile.Of(full);
        if (status.Kind == UnixFile.Kind.SymbolicLink)
        {
            // As the kernel's protected_symlinks does, whatever it is set to: a link that another user left in a folder
            // everyone may write (/tmp) is not followed, or -o /tmp/x would replace whatever file that user points it at.
            if ((folderStatus.Mode & StickyBit) != 0 && (folderStatus.Mode & OthersMayWrite) != 0 && status.Owner != UnixFile.EffectiveUser() && status.Owner != folderStatus.Owner)
            {
                throw new OperationsException(option + ": " + full + " is a symbolic link another user made in " + folder + ", a folder everyone may write; it is not followed.");
            }

            full = UnixFile.RealPath(full) ?? throw new OperationsException(option + ": " + full + " is a symbolic link to a file that does not exist; give the file itself.");
            status = UnixFile.Of(full);
        }

        if (status.Kind == UnixFile.Kind.Regular && !UnixFile.MayWrite(full))
        {
            // As the shell's > would: a file this user may not write is not replaced behind its back.
            throw new OperationsException(option + ": " + full + " cannot be written: permission denied.");
        }

        return status.Kind switch
        {
            UnixFile.Kind.Missing or UnixFile.Kind.Regular when status.Links <= 1 => full,
            UnixFile.Kind.Regular => throw new OperationsException(option + ": " + full + " has other hard links, which replacing it would leave with the old text; write to another file."),
            UnixFile.Kind.Directory => throw new OperationsException(option + ": " + full + " is a folder; give a file in it."),
            _ => throw new OperationsException(option + ": " + full + " is not a regular file (a device, a FIFO or a socket); give a file" + otherwise + "."),
        };
    }

    /// <summary>Gives the temporary file the permissions and owner of the file it replaces, or refuses to replace it.</summary>
    private static void Keep(string target, string temporary, string option)
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

        UnixFile.TrySetMode(temporary, existing.Mode);
        var created = UnixFile.Of(temporary);
        if ((created.Owner != existing.Owner || created.Group != existing.Group) && !UnixFile.TryChangeOwner(temporary, existing.Owner, existing.Group))
        {
            throw new OperationsException(option + ": " + target + " belongs to another user or group, which replacing it would not keep; write to another file.");
        }

        if ((UnixFile.Of(temporary).Mode & 0xFFF) != existing.Mode)
        {
            // chown clears the set-user and set-group bits; set the mode again.
            UnixFile.TrySetMode(temporary, existing.Mode);
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
