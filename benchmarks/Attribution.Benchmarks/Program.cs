using Attribution.Benchmarks;
using BenchmarkDotNet.Running;

if (args is ["peak" or "shape", ..])
{
    return PeakMemory.Run(args);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
