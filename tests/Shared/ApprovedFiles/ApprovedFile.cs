using System;
using System.IO;
using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Xunit.Sdk;

namespace ExchangePorts.Tests.Shared.ApprovedFiles;

/// <summary>
/// Approved files: <c>NAME.approved.EXTENSION</c> in a folder beside the test is the reviewed truth. A mismatch
/// fails with a line diff and writes <c>NAME.received.EXTENSION</c>; a missing approved file fails too. With
/// <c>UPDATE_SNAPSHOTS=1</c> the received output is accepted. Linked into the test projects that keep snapshots.
/// </summary>
internal static class ApprovedFile
{
    public static bool Update => Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1";

    public static void Match(string actual, string name, string folder, bool update, string extension, Func<string, string>? scrub = null)
    {
        var approvedPath = Path.Combine(folder, name + ".approved." + extension);
        var receivedPath = Path.Combine(folder, name + ".received." + extension);
        actual = Normalize(actual);
        actual = scrub is null ? actual : scrub(actual);

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

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);
}
