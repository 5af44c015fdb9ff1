using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Vm;
using PyHeap.Visuals.Pymalloc;

namespace PyHeap.Bench;

internal static partial class BenchExtensions
{
    /// <summary>The pymalloc map of a heap over 64 arenas: a program that allocates about 60 MiB of small objects.</summary>
    static partial void RunMemoryViews(Interpreter interp)
    {
        interp = new Interpreter(new InterpreterOptions { TrackLiveObjects = true }); // a heap of its own
        // 64 arenas of 1 MiB: 500,000 small lists of mixed sizes (every size class), a few freed.
        var result = interp.Execute("""
            keep = []
            for i in range(500000):
                keep.append([None] * (i % 30))
            del keep[::7]
            """);
        if (!result.Ok) throw new InvalidOperationException(result.Traceback);
        using (interp.Enter())
        {
            var allocator = (ObjectAllocator)interp.Heap.Allocator;
            var arenas = allocator.Snapshot().Arenas.Count;
            Program.Measure($"pymalloc map, {arenas} arenas", () => PymallocMapView.Render(PymallocMapSnapshot.Take(allocator)));
        }
    }
}
