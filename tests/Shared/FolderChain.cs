using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace ExchangePorts.Tests.Shared;

/// <summary>
/// A project whose folders form one chain: each folder's files may use the folders listed before it, never one
/// after. A use is a using directive or a qualified name of a folder's namespace (<c>Root.Folder</c>); so every
/// file must be in its folder's namespace, or its arrows would hide. Linked into every test project that checks one.
/// </summary>
internal sealed class FolderChain(string source, string rootNamespace, string[] chain, params string[] outside)
{
    public string[] Chain => chain;

    /// <summary>A using directive or a qualified name of one of the project's folders: the folder.</summary>
    public Regex Uses { get; } = new(Regex.Escape(rootNamespace) + @"\.(\w+)\b(?!\.Tests)", RegexOptions.Compiled);

    public IEnumerable<string> FilesOf(string folder) => Directory.GetFiles(Path.Combine(source, folder), "*.cs", SearchOption.AllDirectories);

    /// <summary>The project's folders on disk, other than build output and those kept outside the chain.</summary>
    public IEnumerable<string> Folders => Directory.GetDirectories(source)
        .Select(path => Path.GetFileName(path)!)
        .Where(name => name is not ("bin" or "obj") && !outside.Contains(name))
        .Order(StringComparer.Ordinal);

    /// <summary>Files whose namespace is not their folder's (<c>Root.Folder</c>, or below it).</summary>
    public IEnumerable<string> FilesOutsideTheirNamespace(Func<string, bool>? skip = null) => chain
        .SelectMany(folder => FilesOf(folder)
            .Where(file => skip?.Invoke(file) != true)
            .Where(file => !Regex.IsMatch(File.ReadAllText(file), @"^namespace " + Regex.Escape(rootNamespace + "." + folder) + @"(\.\w+)*;", RegexOptions.Multiline)))
        .Select(Relative);

    /// <summary>"file uses Folder" for every use of a folder later in the chain than the file's own.</summary>
    public List<string> ArrowsBack(Func<string, bool>? skip = null)
    {
        var arrowsBack = new List<string>();
        foreach (var folder in chain)
        {
            foreach (var file in FilesOf(folder).Where(file => skip?.Invoke(file) != true))
            {
                arrowsBack.AddRange(Uses.Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value)
                    .Where(target => Array.IndexOf(chain, target) > Array.IndexOf(chain, folder))
                    .Distinct(StringComparer.Ordinal)
                    .Select(target => Relative(file) + " uses " + target));
            }
        }

        return arrowsBack;
    }

    public string Relative(string file) => Path.GetRelativePath(source, file);
}
