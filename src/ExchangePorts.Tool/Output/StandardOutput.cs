using System;
using System.IO;
using System.Runtime.InteropServices;
using ExchangePorts.Operations.Errors;

namespace ExchangePorts.Tool.Output;

/// <summary>
/// Standard output as a stream that says when it cannot be written. .NET's console stream drops a write that fails
/// with a broken pipe (a reader that went away), so a command would print nothing and still succeed; this one turns
/// every failure (a closed pipe, a full disk, a descriptor closed or open for reading only) into
/// <see cref="OperationsFailure.CannotWrite"/>: one line, exit code 3.
/// On Unix it calls write(2) on descriptor 1 itself: a FileStream on a regular file writes at offsets of its own
/// (pwrite), so in <c>{ echo a; exchange-ports find 443; echo b; } &gt; file</c> the shell's later writes, which use
/// the shared offset the tool never moved, would land on top of the tool's output.
/// </summary>
internal sealed partial class StandardOutput : Stream
{
    private const int Descriptor = 1;
    private const int Interrupted = 4;

    private readonly Stream? windows;
    private readonly bool closed;

    private StandardOutput(Stream? windows, bool closed)
    {
        this.windows = windows;
        this.closed = closed;
    }

    /// <summary>Standard output of this process; never throws, however it was started.</summary>
    public static StandardOutput Open() => new(OperatingSystem.IsWindows() ? Console.OpenStandardOutput() : null, !StandardStreams.OutputIsGiven);

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override unsafe void Write(ReadOnlySpan<byte> buffer)
    {
        if (windows is not null)
        {
            try
            {
                windows.Write(buffer);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ObjectDisposedException)
            {
                throw Failed(exception.Message);
            }

            return;
        }

        if (closed)
        {
            throw Failed("it was closed when the tool started");
        }

        fixed (byte* start = buffer)
        {
            var written = 0;
            while (written < buffer.Length)
            {
                var count = OperatingSystem.IsMacOS() ? WriteMac(Descriptor, start + written, (nint)(buffer.Length - written)) : WriteLinux(Descriptor, start + written, (nint)(buffer.Length - written));
                if (count < 0)
                {
                    var error = Marshal.GetLastPInvokeError();
                    if (error == Interrupted)
                    {
                        continue;
                    }

                    throw Failed(Marshal.GetPInvokeErrorMessage(error));
                }

                written += (int)count;
            }
        }
    }

    public override void Flush()
    {
        try
        {
            windows?.Flush();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ObjectDisposedException)
        {
            throw Failed(exception.Message);
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    private static OperationsException Failed(string why) => new("standard output cannot be written: " + why, OperationsFailure.CannotWrite);

    // The C library by the name the system loads it under, which needs no development package.
    [LibraryImport("libc.so.6", EntryPoint = "write", SetLastError = true)]
    private static unsafe partial nint WriteLinux(int descriptor, byte* buffer, nint count);

    [LibraryImport("/usr/lib/libSystem.dylib", EntryPoint = "write", SetLastError = true)]
    private static unsafe partial nint WriteMac(int descriptor, byte* buffer, nint count);
}
