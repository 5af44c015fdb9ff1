using PyHeap.Runtime.Builtins;
using PyHeap.Runtime.Diagnostics;
using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;
using PyHeap.Visuals.Refs;

namespace PyHeap.Visuals;

/// <summary>
/// The views as <c>pyheap.*</c> functions. Each takes its snapshot where it is called and hands the bundle to
/// <paramref name="show"/>: the notebook kernel displays it, <c>pyheap run</c> prints its text/plain part.
/// </summary>
public static partial class ViewFunctions
{
    public static void Install(PyModule pyheap, Action<ViewBundle> show)
    {
        pyheap.AddFunction("refs", (self, args, kw) =>
        {
            var (positional, keywords) = NativeArgs.Split(args, kw);
            NativeArgs.CheckKeywords("refs", keywords, "name");
            if (positional.Length != 1) throw Errors.TypeError($"refs() takes exactly one argument ({positional.Length} given)");
            var interp = Interpreter.Current;
            RequireLiveObjects(interp);
            var name = keywords.TryGetValue("name", out var n) ? Abstract.StrString(n) : ShortRepr.Of(positional[0]);
            show(RefsView.Render(RefsSnapshot.Take(interp, name, positional[0])));
            return PyNone.None;
        });
        pyheap.AddFunction("gc_stats", (self, args, kw) =>
        {
            NativeArgs.None("gc_stats", args, kw);
            show(Gc.GcStatsView.Render(Gc.GcStatsSnapshot.Take(Interpreter.Current)));
            return PyNone.None;
        });
        InstallMemoryViews(pyheap, show);
    }

    /// <summary>pymalloc_map, heap and dis (ViewFunctions.Memory.cs).</summary>
    static partial void InstallMemoryViews(PyModule pyheap, Action<ViewBundle> show);

    internal static void RequireLiveObjects(Interpreter interp)
    {
        if (interp.Heap.LiveObjects is null)
            throw Errors.RuntimeError("the views need live-object tracking (run with --audit, or in the notebook kernel)");
    }
}
