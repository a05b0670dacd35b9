using System.IO;
using System.Runtime.CompilerServices;
using ExchangePorts.Tests.Shared.ApprovedFiles;

namespace ExchangePorts.Tool.Tests.Installed;

/// <summary>The installed tool's outputs as reviewed: <c>Approved/NAME.approved.EXTENSION</c> beside the test.</summary>
internal static class ApprovedOutput
{
    public static void Match(string actual, string name, string extension, [CallerFilePath] string testFile = "") =>
        ApprovedFile.Match(actual, name, Path.Combine(Path.GetDirectoryName(testFile)!, "Approved"), ApprovedFile.Update, extension);
}
