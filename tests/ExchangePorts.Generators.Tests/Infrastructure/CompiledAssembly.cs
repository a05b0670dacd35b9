using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Xunit.Sdk;

namespace ExchangePorts.Generators.Tests.Infrastructure;

/// <summary>Emits a compilation and loads it, so generated code can be checked at run time.</summary>
internal static class CompiledAssembly
{
    public static Assembly Load(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        if (!result.Success)
        {
            throw new XunitException("Emit failed:\n" + string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        }

        stream.Position = 0;
        return new AssemblyLoadContext(compilation.AssemblyName, isCollectible: true).LoadFromStream(stream);
    }

    /// <summary>Calls a public static parameterless method, e.g. a probe compiled beside the generated code.</summary>
    public static object? Invoke(this Assembly assembly, string typeName, string methodName) =>
        (assembly.GetType(typeName) ?? throw new XunitException("No type " + typeName))
            .GetMethod(methodName, BindingFlags.Public | BindingFlags.Static)!
            .Invoke(null, null);
}
