using System;
using System.IO;
using System.Runtime.CompilerServices;
using ExchangePorts.Generators.Emit;
using ExchangePorts.Tests.Shared.ApprovedFiles;

namespace ExchangePorts.Generators.Tests.Infrastructure;

/// <summary>
/// The generator's snapshots: <c>Snapshots/NAME.approved.cs</c> beside the test (<see cref="ApprovedFile"/>). The
/// generator's version is scrubbed (<see cref="VersionPlaceholder"/>), so a version bump leaves them as they are.
/// </summary>
internal static class Snapshot
{
    /// <summary>Stands for the generator's version in approved files.</summary>
    public const string VersionPlaceholder = "{generator-version}";

    public static void Match(string actual, string name, [CallerFilePath] string testFile = "") =>
        Match(actual, name, Path.Combine(Path.GetDirectoryName(testFile)!, "Snapshots"), ApprovedFile.Update);

    public static void Match(string actual, string name, string folder, bool update) =>
        ApprovedFile.Match(actual, name, folder, update, "cs", Scrub);

    public static string Diff(string approved, string actual) => ApprovedFile.Diff(approved, actual);

    /// <summary>The generator's version, as its <c>GeneratedCode</c> attributes write it, replaced by <see cref="VersionPlaceholder"/>.</summary>
    public static string Scrub(string text) =>
        text.Replace("\"" + GeneratorInfo.Version + "\"", "\"" + VersionPlaceholder + "\"", StringComparison.Ordinal);
}
