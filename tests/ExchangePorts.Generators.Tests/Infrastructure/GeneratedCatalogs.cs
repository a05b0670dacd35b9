using System.Collections;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ExchangePorts.Generators.Tests.Infrastructure;

/// <summary>
/// Runs every generated catalog class of a compilation: <c>All</c>, every property of every entry, <c>Find</c> on
/// each entry's ports and beyond them, and <c>TryGet</c> of each name. A class that throws (in its static
/// constructor, which decodes the data) fails the test with the exception.
/// </summary>
internal static class GeneratedCatalogs
{
    /// <summary>Emits, loads and runs the compilation's catalog classes; returns how many entries they hold.</summary>
    public static int Exercise(Compilation compilation)
    {
        var assembly = CompiledAssembly.Load(compilation);
        var entries = 0;
        foreach (var type in assembly.GetTypes().Where(t => t.GetMethod("TryGet", BindingFlags.Public | BindingFlags.Static) is not null && t.DeclaringType is null))
        {
            var all = (IEnumerable)(type.GetProperty("All", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)
                ?? type.GetField("All", BindingFlags.Public | BindingFlags.Static)!.GetValue(null))!;
            var find = type.GetMethod("Find", BindingFlags.Public | BindingFlags.Static, [typeof(int)])!;
            var tryGet = type.GetMethod("TryGet", BindingFlags.Public | BindingFlags.Static)!;
            foreach (var entry in all)
            {
                entries++;
                var properties = entry.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0).ToList();
                var values = properties.ToDictionary(p => p.Name, p => p.GetValue(entry));
                Assert.NotNull(entry.ToString());
                var port = (int)values["Port"]!;
                var lastPort = (int)values["LastPort"]!;
                Assert.Contains(entry, ((IEnumerable)find.Invoke(null, [port])!).Cast<object>());
                Assert.Contains(entry, ((IEnumerable)find.Invoke(null, [lastPort])!).Cast<object>());
                var arguments = new object?[] { values["QualifiedName"], null };
                Assert.True((bool)tryGet.Invoke(null, arguments)!, "TryGet does not find " + values["QualifiedName"]);
            }

            foreach (var port in new[] { 0, 1, 65535, 65536, -1 })
            {
                Assert.NotNull(find.Invoke(null, [port]));
            }

            Assert.False((bool)tryGet.Invoke(null, [string.Empty, null])!);
        }

        return entries;
    }
}
