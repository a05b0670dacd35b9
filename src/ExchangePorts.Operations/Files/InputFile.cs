using System;
using System.Globalization;
using System.IO;
using System.Text;
using ExchangePorts.Operations.Errors;

namespace ExchangePorts.Operations.Files;

/// <summary>
/// A file a command line names for the tool to read (a catalog, a topology): a regular file of at most
/// <see cref="MaxBytes"/>, read whole. A folder, a device (<c>/dev/zero</c>), a FIFO (which would wait for a writer
/// forever) or a socket is refused before it is opened, and so is a larger file. A file whose size says nothing
/// (<c>/proc</c> reports 0 for files of any length) is read up to the limit and no further.
/// </summary>
internal static class InputFile
{
    /// <summary>The largest file read: 256 MB, a catalog of about three million rows.</summary>
    public const long MaxBytes = 256L * 1024 * 1024;

    /// <summary>The file's text (UTF-8 unless a byte order mark says otherwise).</summary>
    /// <param name="option">The option that named it, for messages: <c>--catalog</c>.</param>
    /// <exception cref="OperationsException">The path is not a regular file that can be read, or the file is too large.</exception>
    public static string ReadText(string path, string option)
    {
        if (path.Length == 0 || path.IndexOf('\0') >= 0)
        {
            throw new OperationsException(option + ": '" + path + "' is not a file name.");
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

        try
        {
            Check(full, option);
            using var stream = Open(full, option);
            using var reader = new StreamReader(new CappedStream(stream, MaxBytes), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), detectEncodingFromByteOrderMarks: true);
            return reader.ReadToEnd();
        }
        catch (CappedStream.TooLongException)
        {
            throw new OperationsException(option + ": " + full + " is longer than " + (MaxBytes / (1024 * 1024)).ToString(CultureInfo.InvariantCulture) + " MB, the most a file may be.");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException && !UnixFile.IsResourceLimit(exception))
        {
            // A link loop, a name too long, a folder this user may not enter: the path, the option and why.
            // Not a limit of the process (no descriptor or memory left): that is no fault of the path.
            throw new OperationsException(option + ": " + full + " cannot be read: " + exception.Message);
        }
    }

    /// <summary>The file, opened as what <see cref="Check"/> found: a regular file still, whatever was put at the path since.</summary>
    private static Stream Open(string full, string option)
    {
        if (!UnixFile.IsSupported)
        {
            return new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        }

        var (file, status) = UnixFile.OpenRegular(full);
        if (file is null)
        {
            throw NotRegular(full, option);
        }

        if (status.Size > MaxBytes)
        {
            file.Dispose();
            throw TooLarge(full, option, status.Size);
        }

        return new FileStream(file, FileAccess.Read, 1 << 16);
    }

    private static OperationsException NotRegular(string full, string option) =>
        new(option + ": " + full + " is not a regular file (a device, a FIFO or a socket); give a file.");

    private static void Check(string full, string option)
    {
        if (Directory.Exists(full))
        {
            throw new OperationsException(option + ": " + full + " is a folder; give a file.");
        }

        if (!UnixFile.IsSupported)
        {
            return;
        }

        var status = UnixFile.Of(full, followLinks: true);
        switch (status.Kind)
        {
            case UnixFile.Kind.Missing:
                throw new OperationsException(option + ": " + full + " does not exist.");
            case UnixFile.Kind.Regular when status.Size > MaxBytes:
                throw TooLarge(full, option, status.Size);
            case UnixFile.Kind.Regular:
                return;
            default:
                throw NotRegular(full, option);
        }
    }

    /// <summary>A stream that ends the read with <see cref="TooLongException"/> once more than its limit has come.</summary>
    private sealed class CappedStream(Stream inner, long limit) : Stream
    {
        private long total;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => total; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = inner.Read(buffer, offset, count);
            total += read;
            return total > limit ? throw new TooLongException() : read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public sealed class TooLongException : Exception;
    }

    private static OperationsException TooLarge(string full, string option, long size) =>
        new(option + ": " + full + " is " + size.ToString("N0", CultureInfo.InvariantCulture) + " bytes; a file may be at most " +
            (MaxBytes / (1024 * 1024)).ToString(CultureInfo.InvariantCulture) + " MB (" + MaxBytes.ToString("N0", CultureInfo.InvariantCulture) + " bytes).");
}
