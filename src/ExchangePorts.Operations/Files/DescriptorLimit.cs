using System;
using System.IO;
using System.Runtime.InteropServices;

namespace ExchangePorts.Operations.Files;

/// <summary>
/// How many more files and sockets this process may open: its soft limit (<c>ulimit -n</c>) less those open now.
/// A probe keeps its sockets within it, so no verdict is "too many open files".
/// </summary>
internal static class DescriptorLimit
{
    /// <summary>Left for the runtime, the terminal and the output file.</summary>
    public const int Margin = 64;

    private const int LinuxNoFile = 7;
    private const int MacNoFile = 8;

    /// <summary>The descriptors free for sockets, or null where the system sets no such limit (Windows).</summary>
    /// <exception cref="IOException">Too few are free to probe at all: a failure of the system, exit code 4.</exception>
    public static int? Free()
    {
        var linux = RuntimeInformation.IsOSPlatform(OSPlatform.Linux);
        if (!linux && !RuntimeInformation.IsOSPlatform(OSPlatform.OSX))
        {
            return null;
        }

        var limit = new ulong[2];
        if ((linux ? GetLimitLinux(LinuxNoFile, limit) : GetLimitMac(MacNoFile, limit)) != 0 || limit[0] > int.MaxValue)
        {
            return null;
        }

        // The runtime resolves names, reads files and writes the output with descriptors of its own as the probe runs.
        var available = (int)limit[0] - Open();
        if (available < Least)
        {
            throw new IOException("the open-file limit (ulimit -n " + limit[0].ToString(System.Globalization.CultureInfo.InvariantCulture) +
                ") leaves " + Math.Max(0, available).ToString(System.Globalization.CultureInfo.InvariantCulture) + " descriptors free, too few to probe; raise it");
        }

        return available - Math.Min(Margin, available / 2);
    }

    /// <summary>
    /// The fewest free descriptors a probe starts with: its sockets and the runtime's own needs as it runs (the
    /// JIT's executable memory takes descriptors too, and without them the runtime dies "Out of memory").
    /// </summary>
    public const int Least = 32;

    private static int Open()
    {
        try
        {
            return Directory.GetFiles(RuntimeInformation.IsOSPlatform(OSPlatform.Linux) ? "/proc/self/fd" : "/dev/fd").Length;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return 32;
        }
    }

    // The C library by the name the system loads it under, which needs no development package.
    [DllImport("libc.so.6", EntryPoint = "getrlimit", SetLastError = true)]
    private static extern int GetLimitLinux(int resource, [Out] ulong[] limit);

    [DllImport("/usr/lib/libSystem.dylib", EntryPoint = "getrlimit", SetLastError = true)]
    private static extern int GetLimitMac(int resource, [Out] ulong[] limit);
}
