using System.Diagnostics;
using System.Text;
using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;
using PyHeap.Visuals;
using PyHeap.Visuals.Graph;

namespace PyHeap.Bench;

/// <summary>
/// Rendering time and bundle size of the views on big heaps (issue 6's goals: under 200 ms and under 1 MB per
/// output): the object graph of 500 objects, and the pymalloc map of a heap spread over 64 arenas.
/// `dotnet run -c Release --project bench/ViewBench` prints the median of 7 renders after 2 warm-ups.
/// </summary>
internal static class Program
{
    private static int Main()
    {
        var interp = new Interpreter(new InterpreterOptions { TrackLiveObjects = true });
        // 500 objects in one graph: a chain of nodes, each with a small list, and a few cycles.
        const string graphProgram = """
            class Node:
                pass
            head = Node()
            node = head
            for i in range(249):
                nxt = Node()
                node.next = nxt
                node.items = [i]
                node = nxt
            node.next = head
            """;
        var result = interp.Execute(graphProgram);
        if (!result.Ok) throw new InvalidOperationException(result.Traceback);
        Console.WriteLine("view                               median ms   bundle KiB");
        using (interp.Enter())
        {
            var head = interp.MainModule.Dict.GetItemOrNull("head")!;
            Measure("graph of 500 objects", () => GraphView.Render(GraphSnapshot.Take(interp, [("head", head)], depth: 1000, nodeLimit: 500)));
        }
        BenchExtensions.Run(interp);
        return 0;
    }

    internal static void Measure(string name, Func<ViewBundle> render)
    {
        for (var i = 0; i < 2; i++) render();
        var times = new List<double>();
        ViewBundle? last = null;
        for (var i = 0; i < 7; i++)
        {
            var watch = Stopwatch.StartNew();
            last = render();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        var bytes = Encoding.UTF8.GetByteCount(last!.ToMimeData().ToJsonString());
        Console.WriteLine($"{name,-34} {times[times.Count / 2],9:F1}   {bytes / 1024.0,10:F1}");
    }
}
