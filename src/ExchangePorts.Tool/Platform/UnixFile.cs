using System;
using System.Runtime.InteropServices;
using System.Runtime.Versioning;

namespace ExchangePorts.Tool.Platform;

/// <summary>
/// What Linux says of a path without following a symbolic link (<c>statx</c>, whose layout is the same on every
/// architecture), and the owner calls .NET does not have.
/// </summary>
internal static partial class UnixFile
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
    public readonly record struct Status(Kind Kind, int Mode, uint Owner, uint Group, uint Links, long Size = 0);

    private const int AtCurrentDirectory = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxBasicStats = 0x7FF;
    private const int NoSuchFile = 2;
    private const int NotADirectory = 20;

    [SupportedOSPlatformGuard("linux")]
    public static bool IsSupported => OperatingSystem.IsLinux();

    /// <summary>
    /// The status of <paramref name="path"/> itself (a link is not followed), or with <paramref name="followLinks"/>
    /// of the file it leads to; <see cref="Kind.Missing"/> when there is none.
    /// </summary>
    public static Status Of(string path, bool followLinks = false)
    {
        var buffer = new byte[256];
        if (Statx(AtCurrentDirectory, path, followLinks ? 0 : AtSymlinkNoFollow, StatxBasicStats, buffer) != 0)
        {
            var error = Marshal.GetLastPInvokeError();
            return error is NoSuchFile or NotADirectory ? new Status(Kind.Missing, 0, 0, 0, 0) : throw new System.IO.IOException(Marshal.GetPInvokeErrorMessage(error));
        }

        var mode = BitConverter.ToUInt16(buffer, 28);
        var kind = (mode & 0xF000) switch
        {
            0x8000 => Kind.Regular,
            0x4000 => Kind.Directory,
            0xA000 => Kind.SymbolicLink,
            _ => Kind.Other,
        };
        return new Status(kind, mode & 0xFFF, BitConverter.ToUInt32(buffer, 20), BitConverter.ToUInt32(buffer, 24), BitConverter.ToUInt32(buffer, 16), BitConverter.ToInt64(buffer, 40));
    }

    /// <summary>The user this process acts as.</summary>
    public static uint EffectiveUser() => GetEffectiveUser();

    /// <summary>Gives <paramref name="path"/> an owner and group; false when this process may not.</summary>
    public static bool TryChangeOwner(string path, uint owner, uint group) => ChangeOwner(path, owner, group) == 0;

    [LibraryImport("libc.so.6", EntryPoint = "statx", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int directory, string path, int flags, uint mask, [Out] byte[] buffer);

    [LibraryImport("libc.so.6", EntryPoint = "geteuid")]
    private static partial uint GetEffectiveUser();

    [LibraryImport("libc.so.6", EntryPoint = "chown", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int ChangeOwner(string path, uint owner, uint group);
}
