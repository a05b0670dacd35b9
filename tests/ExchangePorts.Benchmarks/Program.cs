using BenchmarkDotNet.Running;

if (args.Length > 0 && args[0] == "--language-server")
{
    await LanguageServerTiming.RunAsync(args.Length > 1 ? args[1] : null);
    return;
}

if (args.Length > 0 && args[0] == "--tool-startup")
{
    ToolStartupTiming.Run();
    return;
}

if (args.Length > 0 && args[0] == "--probe")
{
    ProbeTiming.Run();
    return;
}

if (args.Length > 0 && args[0] == "--probe-sweep")
{
    ProbeSweepTiming.Run();
    return;
}

if (args.Length > 0 && args[0] == "--tool-memory")
{
    ToolMemoryTiming.Run();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(SyntheticCatalog).Assembly).Run(args);
