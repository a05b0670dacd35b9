using System;
using System.Globalization;
using System.IO;
using System.Text;
using ExchangePorts.Tool.Platform;

namespace ExchangePorts.Tool.Catalogs;

/// <summary>
/// A file a command line names for the tool to read (a catalog, a topology): a regular file of at most
/// <see cref="MaxBytes"/>, read whole. A folder, a device (<c>/dev/zero</c>), a FIFO (which would wait for a writer
/// forever) or a socket is refused before it is opened, and so is a larger file.
/// </summary>
internal static class InputFile
{
    /// <summary>The largest file read: 256 MB, a catalog of about three million rows.</summary>
    public const long MaxBytes = 256L * 1024 * 1024;

    /// <summary>The file's text (UTF-8 unless a byte order mark says otherwise).</summary>
    /// <param name="option">The option that named it, for messages: <c>--catalog</c>.</param>
    /// <exception cref="UsageException">The path is not a regular file that can be read, or the file is too large.</exception>
    public static string ReadText(string path, string option)
    {
        if (path.Length == 0 || path.IndexOf('\0') >= 0)
        {
            throw new UsageException(option + ": '" + path + "' is not a file name.");
        }

        string full;
        try
        {
            full = Path.GetFullPath(path);
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new UsageException(option + ": '" + path + "' is not a file name: " + exception.Message);
        }

        Check(full, option);
        try
        {
            using var stream = new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            if (stream.Length > MaxBytes)
            {
                throw TooLarge(full, option, stream.Length);
            }

            using var reader = new StreamReader(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), detectEncodingFromByteOrderMarks: true);
            return reader.ReadToEnd();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new UsageException(full + ": error: the file cannot be read: " + exception.Message);
        }
    }

    private static void Check(string full, string option)
    {
        if (Directory.Exists(full))
        {
            throw new UsageException(option + ": " + full + " is a folder; give a file.");
        }

        if (!UnixFile.IsSupported)
        {
            return;
        }

        var status = UnixFile.Of(full, followLinks: true);
        switch (status.Kind)
        {
            case UnixFile.Kind.Missing:
                throw new UsageException(option + ": " + full + " does not exist.");
            case UnixFile.Kind.Regular when status.Size > MaxBytes:
                throw TooLarge(full, option, status.Size);
            case UnixFile.Kind.Regular:
                return;
            default:
                throw new UsageException(option + ": " + full + " is not a regular file (a device, a FIFO or a socket); give a file.");
        }
    }

    private static UsageException TooLarge(string full, string option, long size) =>
        new(option + ": " + full + " is " + (size / (1024 * 1024)).ToString(CultureInfo.InvariantCulture) + " MB; a file may be at most " +
            (MaxBytes / (1024 * 1024)).ToString(CultureInfo.InvariantCulture) + " MB.");
}
