using System;
using System.Runtime.InteropServices;

namespace ExchangePorts.Tool.Output;

/// <summary>
/// Whether standard output and standard error are the ones this process was given. A stream closed at start
/// (<c>&gt;&amp;-</c>) leaves its number free, and the runtime's own files take the lowest free number: the native
/// runtime keeps a copy of standard error under it, so writing "standard output" would write to standard error.
/// A descriptor inherited across exec never has close-on-exec set (exec closes those), so one that has it at start
/// is the runtime's, not a stream given to the tool.
/// </summary>
internal static partial class StandardStreams
{
    private const int GetDescriptorFlags = 1;
    private const int CloseOnExec = 1;

    public static bool OutputIsGiven { get; private set; } = true;

    public static bool ErrorIsGiven { get; private set; } = true;

    /// <summary>Looks at descriptors 1 and 2 as the process starts, before the tool opens anything.</summary>
    public static void Check()
    {
        if (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS())
        {
            OutputIsGiven = IsInherited(1);
            ErrorIsGiven = IsInherited(2);
        }
    }

    private static bool IsInherited(int descriptor)
    {
        var flags = OperatingSystem.IsMacOS() ? ControlMac(descriptor, GetDescriptorFlags) : ControlLinux(descriptor, GetDescriptorFlags);
        return flags >= 0 && (flags & CloseOnExec) == 0;
    }

    // fcntl(fd, F_GETFD) takes no third argument.
    [LibraryImport("libc.so.6", EntryPoint = "fcntl", SetLastError = true)]
    private static partial int ControlLinux(int descriptor, int command);

    [LibraryImport("/usr/lib/libSystem.dylib", EntryPoint = "fcntl", SetLastError = true)]
    private static partial int ControlMac(int descriptor, int command);
}
