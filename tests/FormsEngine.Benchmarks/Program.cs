using BenchmarkDotNet.Running;
using FormsEngine.Benchmarks;

// In-process for every class: see InProcessConfig for why the generated out-of-process project cannot restore here.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, InProcessConfig.Create());
