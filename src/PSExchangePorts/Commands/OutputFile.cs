using System;
using System.IO;
using System.Management.Automation;
using System.Text;
using ExchangePorts.Operations.Errors;

namespace PSExchangePorts.Commands;

/// <summary>
/// A file a cmdlet writes: resolved as PowerShell resolves paths, checked before any work is done, and replaced whole
/// (written beside it, then renamed over it), so a failure leaves the old file as it was and never half a new one.
/// </summary>
internal static class OutputFile
{
    /// <summary>The file system path for <paramref name="path"/>, relative to the current location.</summary>
    /// <exception cref="CmdletFailure">It is not a file system path, its folder does not exist, it is a folder, or it exists and <paramref name="noClobber"/>.</exception>
    public static string Resolve(PSCmdlet cmdlet, string path, bool noClobber)
    {
        string full;
        try
        {
            full = cmdlet.SessionState.Path.GetUnresolvedProviderPathFromPSPath(path, out var provider, out _);
            if (provider.Name != "FileSystem")
            {
                throw Failure("'" + path + "' is not a file system path.", "PathNotFileSystem", ErrorCategory.InvalidArgument, path);
            }
        }
        catch (Exception exception) when (exception is ItemNotFoundException or System.Management.Automation.DriveNotFoundException or ProviderNotFoundException or ArgumentException or NotSupportedException or PSInvalidOperationException or PathTooLongException)
        {
            throw Failure("'" + path + "' is not a path a file can be written to: " + exception.Message, "PathNotWritable", ErrorCategory.InvalidArgument, path);
        }

        if (Directory.Exists(full))
        {
            throw Failure(full + " is a folder; give a file name.", "PathIsFolder", ErrorCategory.InvalidArgument, full);
        }

        if (!Directory.Exists(System.IO.Path.GetDirectoryName(full)))
        {
            throw Failure("The folder of " + full + " does not exist.", "FolderNotFound", ErrorCategory.ObjectNotFound, full);
        }

        if (noClobber && File.Exists(full))
        {
            throw Failure(full + " exists, and -NoClobber was given.", "NoClobber", ErrorCategory.ResourceExists, full);
        }

        return full;
    }

    /// <summary>Replaces the file with the text (UTF-8 without a byte order mark), whole or not at all.</summary>
    /// <exception cref="OperationsException">It cannot be written (<see cref="OperationsFailure.CannotWrite"/>).</exception>
    public static void Write(string full, string text, bool noClobber)
    {
        var folder = System.IO.Path.GetDirectoryName(full)!;
        var temporary = System.IO.Path.Combine(folder, "." + System.IO.Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N").Substring(0, 8) + ".tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text);
                stream.Write(bytes, 0, bytes.Length);
                stream.Flush(flushToDisk: true);
            }

            if (File.Exists(full) && !noClobber)
            {
                File.Replace(temporary, full, destinationBackupFileName: null);
            }
            else
            {
                // Fails, and leaves the file alone, when one appeared since the check.
                File.Move(temporary, full);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
            throw new OperationsException(full + " cannot be written: " + exception.Message, OperationsFailure.CannotWrite);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Nothing more to do: the message says the file was not written.
        }
    }

    private static CmdletFailure Failure(string message, string id, ErrorCategory category, object target) =>
        new(new ErrorRecord(category == ErrorCategory.ObjectNotFound ? new ItemNotFoundException(message) : new ArgumentException(message), id, category, target));
}
