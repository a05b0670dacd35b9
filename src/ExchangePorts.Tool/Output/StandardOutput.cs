using System;
using System.IO;
using ExchangePorts.Operations.Errors;
using Microsoft.Win32.SafeHandles;

namespace ExchangePorts.Tool.Output;

/// <summary>
/// Standard output as a stream that says when it cannot be written. .NET's console stream drops a write that fails
/// with a broken pipe (a reader that went away), so a command would print nothing and still succeed; this one writes
/// to the file descriptor itself and turns every failure (a closed pipe, a full disk, a descriptor closed or open for
/// reading only) into <see cref="OperationsFailure.CannotWrite"/>: one line, exit code 3.
/// </summary>
internal sealed class StandardOutput : Stream
{
    private readonly Stream? inner;
    private readonly string? closedBecause;

    private StandardOutput(Stream? inner, string? closedBecause)
    {
        this.inner = inner;
        this.closedBecause = closedBecause;
    }

    /// <summary>Standard output of this process; never throws, however it was started.</summary>
    public static StandardOutput Open()
    {
        if (OperatingSystem.IsWindows())
        {
            return new StandardOutput(Console.OpenStandardOutput(), null);
        }

        try
        {
            return new StandardOutput(new FileStream(new SafeFileHandle(1, ownsHandle: false), FileAccess.Write, bufferSize: 0), null);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return new StandardOutput(null, exception.Message);
        }
    }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Do(() => Inner().Write(buffer, offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        try
        {
            Inner().Write(buffer);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ObjectDisposedException)
        {
            throw Failed(exception.Message);
        }
    }

    public override void Flush() => Do(() => inner?.Flush());

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    private static OperationsException Failed(string why) => new("standard output cannot be written: " + why, OperationsFailure.CannotWrite);

    private static void Do(Action write)
    {
        try
        {
            write();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ObjectDisposedException)
        {
            throw Failed(exception.Message);
        }
    }

    private Stream Inner() => inner ?? throw Failed(closedBecause ?? "it is closed");
}
