using System;
using System.Management.Automation;
using ExchangePorts.Operations.Files;

namespace PSExchangePorts.Commands;

/// <summary>
/// A file a cmdlet writes (<c>-Path</c>): resolved as PowerShell resolves paths (relative to the current location,
/// <c>~</c>), then checked and written as <see cref="OutputFile"/> writes every front end's files.
/// </summary>
internal static class OutputPath
{
    public const string Parameter = "-Path";

    /// <summary>The file to replace, checked before any work is done.</summary>
    /// <exception cref="CmdletFailure">It is not a file system path, or it exists and <paramref name="noClobber"/>.</exception>
    /// <exception cref="ExchangePorts.Operations.Errors.OperationsException">It is not a file to write (a folder, a device, another user's link).</exception>
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
        catch (Exception exception) when (exception is ItemNotFoundException or DriveNotFoundException or ProviderNotFoundException or ArgumentException or NotSupportedException or PSInvalidOperationException or System.IO.PathTooLongException)
        {
            throw Failure("'" + path + "' is not a path a file can be written to: " + exception.Message, "PathNotWritable", ErrorCategory.InvalidArgument, path);
        }

        if (!System.IO.Directory.Exists(System.IO.Path.GetDirectoryName(full)))
        {
            throw Failure("The folder of " + full + " does not exist.", "FolderNotFound", ErrorCategory.ObjectNotFound, full);
        }

        var target = OutputFile.Resolve(full, Parameter);
        if (noClobber && System.IO.File.Exists(target))
        {
            throw Failure(target + " exists, and -NoClobber was given.", "NoClobber", ErrorCategory.ResourceExists, target);
        }

        return target;
    }

    private static CmdletFailure Failure(string message, string id, ErrorCategory category, object target) =>
        new(new ErrorRecord(category == ErrorCategory.ObjectNotFound ? new ItemNotFoundException(Parameter + ": " + message) : new ArgumentException(Parameter + ": " + message), id, category, target));
}
