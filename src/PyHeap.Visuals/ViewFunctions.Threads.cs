using PyHeap.Runtime.Builtins;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;
using PyHeap.Visuals.Gil;

namespace PyHeap.Visuals;

public static partial class ViewFunctions
{
    /// <summary>
    /// <c>pyheap.gil_timeline(clear=False)</c>: the GIL view of the timeline so far (clear=True then starts a fresh
    /// one). The switch itself, <c>pyheap.set_gil(enabled, seed=0)</c>, is the runtime's (Modules/PyheapModule.cs).
    /// </summary>
    static partial void InstallThreadViews(PyModule pyheap, Action<ViewBundle> show)
    {
        pyheap.AddFunction("gil_timeline", (self, args, kw) =>
        {
            var (positional, keywords) = NativeArgs.Split(args, kw);
            NativeArgs.CheckKeywords("gil_timeline", keywords, "clear");
            if (positional.Length > 1) throw Errors.TypeError($"gil_timeline() takes at most 1 argument ({positional.Length} given)");
            var clear = positional.Length == 1 ? positional[0] : keywords.GetValueOrDefault("clear");
            var interp = Interpreter.Current;
            show(GilTimelineView.Render(GilSnapshot.Take(interp)));
            if (clear is not null && Abstract.IsTrue(clear)) interp.Scheduler.Timeline.Clear();
            return PyNone.None;
        });
    }
}
