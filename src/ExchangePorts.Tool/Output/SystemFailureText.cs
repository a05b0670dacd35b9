using System;
using System.IO;

namespace ExchangePorts.Tool.Output;

/// <summary>The one line for a failure of the system under the command (exit code 4), naming its likely cause.</summary>
internal static class SystemFailureText
{
    /// <summary>
    /// A refusal of the system (files, memory, a process or terminal call) rather than a bug. Only types of the core
    /// library are named: the check must compile when no other assembly can be loaded.
    /// </summary>
    public static bool IsSystemFailure(Exception failed) =>
        failed is IOException or UnauthorizedAccessException or OutOfMemoryException or System.Runtime.InteropServices.ExternalException;

    public static string Of(Exception failed)
    {
        // The runtime loads its own assemblies as it goes; with no file descriptor left it reports them missing.
        var file = failed switch
        {
            FileNotFoundException missing => missing.FileName,
            FileLoadException unloadable => unloadable.FileName,
            _ => null,
        };
        if (file is { } name && name.Contains("Version=", StringComparison.Ordinal))
        {
            return "error: the .NET runtime could not open its own file " + name.Split(',')[0] + "; is the open-file limit (ulimit -n) too low?";
        }

        return "error: " + failed.Message;
    }
}
