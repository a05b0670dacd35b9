using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using ExchangePorts.Generators.Emit;
using Xunit.Sdk;

namespace ExchangePorts.Generators.Tests.Infrastructure;

/// <summary>
/// Approved-file snapshots: <c>Snapshots/NAME.approved.cs</c> beside the test is the reviewed truth.
/// A mismatch fails with a line diff and writes <c>NAME.received.cs</c>; a missing approved file fails too.
/// Run with <c>UPDATE_SNAPSHOTS=1</c> to accept the received output. The generator's version is scrubbed
/// (<see cref="VersionPlaceholder"/>), so a version bump leaves the snapshots as they are.
/// </summary>
internal static class Snapshot
{
    /// <summary>Stands for the generator's version in approved files.</summary>
    public const string VersionPlaceholder = "{generator-version}";

    public static void Match(string actual, string name, [CallerFilePath] string testFile = "") =>
        Match(actual, name, Path.Combine(Path.GetDirectoryName(testFile)!, "Snapshots"), Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1");

    /// <summary>A snapshot of a file of another kind, <c>Approved/NAME.approved.EXTENSION</c> beside the test.</summary>
    public static void MatchFile(string actual, string name, string extension, [CallerFilePath] string testFile = "") =>
        Match(actual, name, Path.Combine(Path.GetDirectoryName(testFile)!, "Approved"), Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1", extension);

    public static void Match(string actual, string name, string folder, bool update, string extension = "cs")
    {
        var approvedPath = Path.Combine(folder, name + ".approved." + extension);
        var receivedPath = Path.Combine(folder, name + ".received." + extension);
        actual = Scrub(Normalize(actual));

        if (update)
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(approvedPath, actual);
            File.Delete(receivedPath);
            return;
        }

        if (!File.Exists(approvedPath))
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(receivedPath, actual);
            throw new XunitException(
                $"No approved snapshot {approvedPath}. The output was written to {receivedPath}; review it, then rename it or run with UPDATE_SNAPSHOTS=1.");
        }

        var approved = Normalize(File.ReadAllText(approvedPath));
        if (approved == actual)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, actual);
        throw new XunitException(
            $"Snapshot {name} differs from {approvedPath} (- approved, + received; received written to {receivedPath}; accept with UPDATE_SNAPSHOTS=1):\n" +
            Diff(approved, actual));
    }

    /// <summary>A unified-style diff of the changed lines with two lines of context.</summary>
    public static string Diff(string approved, string actual)
    {
        var model = InlineDiffBuilder.Diff(approved, actual, ignoreWhiteSpace: false);
        var lines = model.Lines;
        var output = new StringBuilder();
        var lastPrinted = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Type == ChangeType.Unchanged)
            {
                continue;
            }

            var start = Math.Max(lastPrinted + 1, i - 2);
            if (lastPrinted >= 0 && start > lastPrinted + 1)
            {
                output.AppendLine("  ...");
            }

            for (var j = start; j <= Math.Min(lines.Count - 1, i + 2); j++)
            {
                var prefix = lines[j].Type switch
                {
                    ChangeType.Deleted => "- ",
                    ChangeType.Inserted => "+ ",
                    _ => "  ",
                };
                output.Append(prefix).AppendLine(lines[j].Text);
                lastPrinted = j;
            }
        }

        return output.ToString();
    }

    /// <summary>The generator's version, as its <c>GeneratedCode</c> attributes write it, replaced by <see cref="VersionPlaceholder"/>.</summary>
    public static string Scrub(string text) =>
        text.Replace("\"" + GeneratorInfo.Version + "\"", "\"" + VersionPlaceholder + "\"", StringComparison.Ordinal);

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);
}
