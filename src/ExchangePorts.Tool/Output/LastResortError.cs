using System;
using System.IO;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace ExchangePorts.Tool.Output;

/// <summary>
/// One line on standard error when the console cannot be used: with no file descriptor left (<c>ulimit -n</c>), the
/// console's writer cannot even load its assembly. This writes to descriptor 2 through types already loaded, opening
/// nothing.
/// </summary>
internal static class LastResortError
{
    public static void WriteLine(string line)
    {
        if (!StandardStreams.ErrorIsGiven)
        {
            return;
        }

        try
        {
            using var error = OperatingSystem.IsWindows() ? ConsoleError() : new FileStream(new SafeFileHandle(2, ownsHandle: false), FileAccess.Write, bufferSize: 1);
            var bytes = Encoding.UTF8.GetBytes(line + "\n");
            error.Write(bytes, 0, bytes.Length);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ObjectDisposedException or ArgumentException or OutOfMemoryException)
        {
            // Standard error is closed too: there is nowhere left to say it; the exit code still does.
        }
    }

    // Apart, so that compiling WriteLine does not load System.Console where it cannot be loaded.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static Stream ConsoleError() => Console.OpenStandardError();
}
