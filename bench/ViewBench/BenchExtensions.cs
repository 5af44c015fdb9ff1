using PyHeap.Runtime.Vm;

namespace PyHeap.Bench;

/// <summary>Further view benchmarks (the pymalloc map), filled in as the views land.</summary>
internal static partial class BenchExtensions
{
    public static void Run(Interpreter interp) => RunMemoryViews(interp);

    static partial void RunMemoryViews(Interpreter interp);
}
