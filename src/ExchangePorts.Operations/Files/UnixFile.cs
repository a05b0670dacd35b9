using System;
using System.Runtime.InteropServices;

namespace ExchangePorts.Operations.Files;

/// <summary>
/// What Linux says of a path without following a symbolic link (<c>statx</c>, whose layout is the same on every
/// architecture), and the owner calls .NET does not have.
/// </summary>
internal static class UnixFile
{
    /// <summary>The kind of a file, from the top bits of its mode.</summary>
    public enum Kind
    {
        Missing,
        Regular,
        Directory,
        SymbolicLink,
        Other,
    }

    /// <summary>A file's kind, permission bits, owner, number of hard links and size in bytes.</summary>
    public readonly record struct Status(Kind Kind, int Mode, uint Owner, uint Group, uint Links, long Size = 0, ulong Device = 0, ulong Inode = 0);

    /// <summary>The file a path leads to, whatever the path (<c>a.csv</c>, <c>./d/a.csv</c>, a link to it); null where it cannot be told.</summary>
    public static (ulong Device, ulong Inode)? Identity(string path)
    {
        if (!IsSupported)
        {
            return null;
        }

        try
        {
            var status = Of(path, followLinks: true);
            return status.Kind == Kind.Missing ? null : (status.Device, status.Inode);
        }
        catch (System.IO.IOException)
        {
            // The read that follows says why the path cannot be read.
            return null;
        }
    }

    private const int AtCurrentDirectory = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const int AtEmptyPath = 0x1000;
    private const int ReadOnly = 0;
    private const int NonBlocking = 0x800;
    private const int CloseOnExec = 0x80000;
    private const uint StatxBasicStats = 0x7FF;
    private const int NoSuchFile = 2;
    private const int NotADirectory = 20;
    private const int OutOfMemory = 12;
    private const int TooManyOpenFilesInSystem = 23;
    private const int TooManyOpenFiles = 24;
    private const int WriteAccess = 2;
    private const int SearchAccess = 1;

    /// <summary>
    /// Whether a failure is a limit of the process or system (no file descriptor or memory left), not of the file:
    /// .NET gives an I/O error's errno as its HResult on Unix.
    /// </summary>
    public static bool IsResourceLimit(Exception exception) => IsSupported && exception is System.IO.IOException { HResult: TooManyOpenFiles or TooManyOpenFilesInSystem or OutOfMemory };

    [System.Runtime.Versioning.SupportedOSPlatformGuard("linux")]
    public static bool IsSupported => RuntimeInformation.IsOSPlatform(OSPlatform.Linux);

    /// <summary>
    /// The status of <paramref name="path"/> itself (a link is not followed), or with <paramref name="followLinks"/>
    /// of the file it leads to; <see cref="Kind.Missing"/> when there is none.
    /// </summary>
    public static Status Of(string path, bool followLinks = false)
    {
        var buffer = new byte[256];
        if (Statx(AtCurrentDirectory, path, followLinks ? 0 : AtSymlinkNoFollow, StatxBasicStats, buffer) != 0)
        {
            var error = Marshal.GetLastWin32Error();
            return error is NoSuchFile or NotADirectory ? new Status(Kind.Missing, 0, 0, 0, 0) : throw new System.IO.IOException(Describe(error), error);
        }

        return Read(buffer);
    }

    /// <summary>A status from what statx(2) wrote.</summary>
    private static Status Read(byte[] buffer)
    {
        var mode = BitConverter.ToUInt16(buffer, 28);
        var kind = (mode & 0xF000) switch
        {
            0x8000 => Kind.Regular,
            0x4000 => Kind.Directory,
            0xA000 => Kind.SymbolicLink,
            _ => Kind.Other,
        };
        // struct statx: stx_ino at 32; stx_dev_major and stx_dev_minor at 136 and 140.
        var device = ((ulong)BitConverter.ToUInt32(buffer, 136) << 32) | BitConverter.ToUInt32(buffer, 140);
        return new Status(kind, mode & 0xFFF, BitConverter.ToUInt32(buffer, 20), BitConverter.ToUInt32(buffer, 24), BitConverter.ToUInt32(buffer, 16), BitConverter.ToInt64(buffer, 40), device, BitConverter.ToUInt64(buffer, 32));
    }

    /// <summary>
    /// Opens <paramref name="path"/> for reading without waiting (a FIFO with no writer would block an open) and
    /// returns it only if what was opened is a regular file: checking the path first and opening it after would let
    /// it be swapped for a FIFO in between. Null, with the kind found, when it is not a regular file.
    /// </summary>
    public static (Microsoft.Win32.SafeHandles.SafeFileHandle? File, Status Status) OpenRegular(string path)
    {
        var descriptor = Open(path, ReadOnly | NonBlocking | CloseOnExec);
        if (descriptor < 0)
        {
            var error = Marshal.GetLastWin32Error();
            throw new System.IO.IOException(Describe(error), error);
        }

        var handle = new Microsoft.Win32.SafeHandles.SafeFileHandle((System.IntPtr)descriptor, ownsHandle: true);
        var buffer = new byte[256];
        if (Statx(descriptor, string.Empty, AtEmptyPath, StatxBasicStats, buffer) != 0)
        {
            var error = Marshal.GetLastWin32Error();
            handle.Dispose();
            throw new System.IO.IOException(Describe(error), error);
        }

        var status = Read(buffer);
        if (status.Kind != Kind.Regular)
        {
            handle.Dispose();
            return (null, status);
        }

        return (handle, status);
    }

    /// <summary>What a C library error number means, in the words of its manual.</summary>
    public static string Describe(int error) => error switch
    {
        1 or 13 => "permission denied",
        TooManyOpenFiles => "too many open files",
        36 => "the file name is too long",
        40 => "too many levels of symbolic links",
        _ => "error " + error.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>Whether this process may write the file or, for a folder, create files in it (<c>access(2)</c>, as the shell checks).</summary>
    public static bool MayWrite(string path) => Access(path, WriteAccess | (Of(path, followLinks: true).Kind == Kind.Directory ? SearchAccess : 0)) == 0;

    /// <summary>The user this process acts as.</summary>
    public static uint EffectiveUser() => GetEffectiveUser();

    /// <summary>Gives <paramref name="path"/> an owner and group; false when this process may not.</summary>
    public static bool TryChangeOwner(string path, uint owner, uint group) => ChangeOwner(path, owner, group) == 0;

    /// <summary>Sets a file's permission bits (<c>chmod(2)</c>); false when this process may not.</summary>
    public static bool TrySetMode(string path, int mode) => ChangeMode(path, mode) == 0;

    /// <summary>The path with every symbolic link followed (<c>realpath(3)</c>); null when a part of it does not exist.</summary>
    public static string? RealPath(string path)
    {
        var resolved = ResolvePath(path, IntPtr.Zero);
        if (resolved == IntPtr.Zero)
        {
            return null;
        }

        try
        {
            return Marshal.PtrToStringAnsi(resolved);
        }
        finally
        {
            Free(resolved);
        }
    }

    // The C library by the name the system loads it under, which needs no development package; strings are UTF-8.
    [DllImport("libc.so.6", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int directory, [MarshalAs(UnmanagedType.LPStr)] string path, int flags, uint mask, [Out] byte[] buffer);

    [DllImport("libc.so.6", EntryPoint = "open", SetLastError = true)]
    private static extern int Open([MarshalAs(UnmanagedType.LPStr)] string path, int flags);

    [DllImport("libc.so.6", EntryPoint = "access", SetLastError = true)]
    private static extern int Access([MarshalAs(UnmanagedType.LPStr)] string path, int mode);

    [DllImport("libc.so.6", EntryPoint = "geteuid")]
    private static extern uint GetEffectiveUser();

    [DllImport("libc.so.6", EntryPoint = "chown", SetLastError = true)]
    private static extern int ChangeOwner([MarshalAs(UnmanagedType.LPStr)] string path, uint owner, uint group);

    [DllImport("libc.so.6", EntryPoint = "chmod", SetLastError = true)]
    private static extern int ChangeMode([MarshalAs(UnmanagedType.LPStr)] string path, int mode);

    [DllImport("libc.so.6", EntryPoint = "realpath", SetLastError = true)]
    private static extern IntPtr ResolvePath([MarshalAs(UnmanagedType.LPStr)] string path, IntPtr resolved);

    [DllImport("libc.so.6", EntryPoint = "free")]
    private static extern void Free(IntPtr pointer);
}
