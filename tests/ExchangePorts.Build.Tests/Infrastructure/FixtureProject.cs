using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using ExchangePorts.Tests.Shared;
using Xunit.Sdk;

namespace ExchangePorts.Build.Tests.Infrastructure;

/// <summary>
/// A throwaway project in a temporary folder that uses the generator the way a user's project does
/// (the built analyzer assembly plus build/ExchangePorts.props), built with the real <c>dotnet build</c>.
/// </summary>
internal sealed class FixtureProject : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("exchangeports-fixture").FullName;

    public string Folder => _folder;

    public string PathOf(string file) => Path.Combine(_folder, file);

    public FixtureProject WithProject(string itemsAndProperties) => WithFile("Fixture.csproj", $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <!-- Where the package keeps the Exchange catalogs, the repository keeps them at its top. -->
            <ExchangePortsCatalogFolder>{Repository.PathOf("catalog")}/</ExchangePortsCatalogFolder>
          </PropertyGroup>
          <Import Project="{Path.Combine(Repository.Root, "src", "ExchangePorts", "build", "ExchangePorts.props")}" />
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
          </PropertyGroup>
          <ItemGroup>
            <Analyzer Include="{Path.Combine(AppContext.BaseDirectory, "ExchangePorts.Generators.dll")}" />
            <Analyzer Include="{Path.Combine(AppContext.BaseDirectory, "ExchangePorts.CodeFixes.dll")}" />
          </ItemGroup>
          {itemsAndProperties}
          <Import Project="{Path.Combine(Repository.Root, "src", "ExchangePorts", "build", "ExchangePorts.targets")}" />
        </Project>
        """);

    public FixtureProject WithFile(string name, string text) => WithBytes(name, Encoding.UTF8.GetBytes(text));

    public FixtureProject WithBytes(string name, byte[] bytes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(PathOf(name))!);
        File.WriteAllBytes(PathOf(name), bytes);
        return this;
    }

    /// <summary>Builds with no build servers left behind; returns the exit code and everything printed.</summary>
    public (int ExitCode, string Output) Build() => Dotnet("build --disable-build-servers -nodeReuse:false -clp:NoSummary");

    /// <summary>Runs a <c>dotnet</c> command in the project's folder; returns the exit code and everything printed.</summary>
    public (int ExitCode, string Output) Dotnet(string arguments)
    {
        var start = DotnetProcess.StartInfo(arguments, _folder);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd() + stderr.Result;
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new XunitException("dotnet " + arguments + " timed out:\n" + output);
        }

        return (process.ExitCode, output);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
