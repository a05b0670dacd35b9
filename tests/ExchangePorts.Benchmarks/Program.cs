using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(SyntheticCatalog).Assembly).Run(args);
