using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ExchangePorts.Build.Tests.Infrastructure;
using ExchangePorts.Tests.Shared;
using Xunit;

namespace ExchangePorts.Build.Tests;

/// <summary>
/// The generated code and the assembly are the same in every compiler process. Each real <c>dotnet build</c>
/// without build servers runs the compiler in a process of its own, with its own string hash seed, so an output
/// that depended on hashing or on the order of a set would differ between two builds.
/// </summary>
[Collection(DotnetCli.Collection)]
public class CrossProcessDeterminismTests
{
    [Fact]
    public void Two_compiler_processes_write_the_same_generated_files_and_the_same_assembly()
    {
        using var fixture = new FixtureProject()
            .WithProject("""
                <PropertyGroup>
                  <ExchangePortsCatalogs>2007;2010;2013;2016;2019</ExchangePortsCatalogs>
                  <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
                  <CompilerGeneratedFilesOutputPath>obj/generated</CompilerGeneratedFilesOutputPath>
                  <Deterministic>true</Deterministic>
                  <OutputType>Exe</OutputType>
                </PropertyGroup>
                """)
            .WithFile("lab.ports.csv", "group,name,port,transport,service,description\n" +
                string.Concat(Enumerable.Range(1, 300).Select(i => "G" + (i % 17) + ",Name" + i + "," + (1000 + (i * 7 % 500)) + "," + (i % 3 == 0 ? "tcp/udp" : "tcp") + ",Svc" + (i % 5) + ",Caf\u00E9 " + i + "\n")))
            .WithFile("web.ports.json", """{ "entries": [ { "group": "Web", "name": "Https", "port": 443, "transport": "tcp" }, { "group": "Web", "name": "Http", "port": 80, "transport": "tcp" } ] }""")
            .WithFile("Program.cs", "System.Console.WriteLine(LabPorts.All.Count + WebPorts.Web.Https);\n");

        var first = BuildAndRead(fixture, "build");
        var second = BuildAndRead(fixture, "build --no-incremental");

        Assert.True(first.Count > 6, string.Join(", ", first.Keys));
        Assert.Equal(first.Keys, second.Keys);
        foreach (var (name, bytes) in first)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(second[name]), name + " differs between two compiler processes");
        }

        // The comparison sees a change: one port more in the catalog changes the generated text and the assembly.
        File.AppendAllText(fixture.PathOf("lab.ports.csv"), "G0,Extra,4242,tcp,Svc0,x\n");
        var changed = BuildAndRead(fixture, "build --no-incremental");
        Assert.False(changed["generated/" + LabFile(changed)].AsSpan().SequenceEqual(first["generated/" + LabFile(first)]));
        Assert.False(changed["Fixture.dll"].AsSpan().SequenceEqual(first["Fixture.dll"]));
    }

    private static string LabFile(Dictionary<string, byte[]> files) =>
        files.Keys.Single(name => name.StartsWith("generated/", StringComparison.Ordinal) && name.EndsWith("LabPorts.g.cs", StringComparison.Ordinal))["generated/".Length..];

    /// <summary>Builds in a compiler process of its own, then reads every generated file and the assembly.</summary>
    private static Dictionary<string, byte[]> BuildAndRead(FixtureProject fixture, string command)
    {
        var (exitCode, output) = fixture.Dotnet(command + " --disable-build-servers -nodeReuse:false -clp:NoSummary -p:UseSharedCompilation=false");
        Assert.True(exitCode == 0, output);
        var generated = fixture.PathOf(Path.Combine("obj", "generated"));
        var files = Directory.GetFiles(generated, "*.cs", SearchOption.AllDirectories)
            .ToDictionary(path => "generated/" + Path.GetRelativePath(generated, path).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);
        files["Fixture.dll"] = File.ReadAllBytes(Directory.GetFiles(fixture.PathOf("bin"), "Fixture.dll", SearchOption.AllDirectories).Single());
        return files;
    }
}
