using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Xunit;

namespace PSExchangePorts.Tests;

/// <summary>
/// What Windows PowerShell 5.1 would load, checked without it: every assembly the installed module holds targets
/// .NET Standard 2.0 and references only assemblies .NET Framework 4.8 has (netstandard, mscorlib, and PowerShell's
/// own System.Management.Automation) or the module ships beside it.
/// </summary>
[Collection(ModuleCollection.Collection)]
public class ModuleAssemblyTests(InstalledModule module)
{
    // .NET Framework 4.7.1 and later carry netstandard.dll, through which a .NET Standard 2.0 library reaches them.
    private static readonly string[] Framework = ["netstandard", "mscorlib", "System", "System.Core", "System.Management.Automation"];

    [Fact]
    public void Every_assembly_of_the_module_loads_on_dotNET_Framework_4_8()
    {
        var files = Directory.GetFiles(module.ModuleFolder, "*.dll");
        var shipped = files.Select(Path.GetFileNameWithoutExtension).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        Assert.Equal(["ExchangePorts.Operations", "ExchangePorts.Probe", "ExchangePorts.Runtime", "PSExchangePorts"], shipped.Order(StringComparer.Ordinal));
        foreach (var file in files)
        {
            foreach (var (name, version) in References(file))
            {
                Assert.True(
                    shipped.Contains(name) || Framework.Contains(name, StringComparer.Ordinal),
                    Path.GetFileName(file) + " references " + name + " " + version + ", which neither .NET Framework 4.8 nor the module has.");
                if (name == "netstandard")
                {
                    Assert.True(version <= new Version(2, 0, 0, 0), Path.GetFileName(file) + " needs netstandard " + version + "; .NET Framework 4.8 has 2.0.");
                }

                if (name == "System.Management.Automation")
                {
                    // PowerShell Standard 5.1: the API of Windows PowerShell 5.1, which PowerShell 7 keeps.
                    Assert.Equal(new Version(3, 0, 0, 0), version);
                }
            }
        }
    }

    private static List<(string Name, Version Version)> References(string file)
    {
        using var stream = File.OpenRead(file);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        return metadata.AssemblyReferences.Select(h => metadata.GetAssemblyReference(h)).Select(r => (metadata.GetString(r.Name), r.Version)).ToList();
    }
}
