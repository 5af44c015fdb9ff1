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
            // refs(x, name=None), with the messages CPython gives a Python function of that signature.
            if (positional.Length == 0) throw Errors.TypeError("refs() missing 1 required positional argument: 'x'");
            if (positional.Length > 2) throw Errors.TypeError($"refs() takes from 1 to 2 positional arguments but {positional.Length} were given");
            if (positional.Length == 2 && keywords.ContainsKey("name")) throw Errors.TypeError("refs() got multiple values for argument 'name'");
            var interp = Interpreter.Current;
            RequireLiveObjects(interp);
            PyObject? given = positional.Length == 2 ? positional[1] : keywords.GetValueOrDefault("name");
            var name = given is not null && given is not PyNone ? Abstract.StrString(given) : ShortRepr.Of(positional[0]);
            show(RefsView.Render(RefsSnapshot.Take(interp, name, positional[0])));
            return PyNone.None;
        });
        pyheap.AddFunction("graph", (self, args, kw) =>
        {
            var (positional, keywords) = NativeArgs.Split(args, kw);
            NativeArgs.CheckKeywords("graph", keywords, "depth", "limit");
            if (positional.Length == 0) throw Errors.TypeError("graph() needs at least one object");
            var depth = keywords.TryGetValue("depth", out var d) ? (int)Abstract.AsIndex(d) : 3;
            var limit = keywords.TryGetValue("limit", out var l) ? (int)Abstract.AsIndex(l) : 40;
            if (depth < 0 || limit < 1) throw Errors.ValueError("graph() needs depth >= 0 and limit >= 1");
            var roots = positional.Select((o, i) => ($"argument {i + 1}", o)).ToList();
            show(Graph.GraphView.Render(Graph.GraphSnapshot.Take(Interpreter.Current, roots, depth, limit)));
            return PyNone.None;
        });
        pyheap.AddFunction("_trace_start", (self, args, kw) =>
        {
            NativeArgs.NoKeywords("_trace_start", kw);
            if (Trace.TraceRecording.Active is not null) throw Errors.RuntimeError("a pyheap trace is already running");
            var interp = Interpreter.Current;
            Trace.TraceRecording.Start(interp, args.ToArray().Select(Abstract.StrString));
            return PyNone.None;
        });
        pyheap.AddFunction("_trace_stop", (self, args, kw) =>
        {
            NativeArgs.None("_trace_stop", args, kw);
            if (Trace.TraceRecording.Active is not { } trace) throw Errors.RuntimeError("no pyheap trace is running");
            show(Trace.TraceView.Render(trace.Stop()));
            return PyNone.None;
        });
        DefineInPython(pyheap, TraceClass);
        pyheap.AddFunction("gc_stats", (self, args, kw) =>
        {
            NativeArgs.None("gc_stats", args, kw);
            show(Gc.GcStatsView.Render(Gc.GcStatsSnapshot.Take(Interpreter.Current)));
            return PyNone.None;
        });
        InstallMemoryViews(pyheap, show);
        InstallThreadViews(pyheap, show);
    }

    /// <summary>gil_timeline and set_gil (ViewFunctions.Threads.cs).</summary>
    static partial void InstallThreadViews(PyModule pyheap, Action<ViewBundle> show);

    /// <summary>pymalloc_map, heap and dis (ViewFunctions.Memory.cs).</summary>
    static partial void InstallMemoryViews(PyModule pyheap, Action<ViewBundle> show);

    /// <summary>pyheap.trace as a context manager: Python code on the simulated heap over the native start/stop.</summary>
    private const string TraceClass = """
        class trace:
            "with pyheap.trace('x', 'y'): ... records every refcount change of the named objects (or of the objects the block creates and names) and shows them."
            def __init__(self, *names):
                self.names = names
            def __enter__(self):
                _trace_start(*self.names)
                return self
            def __exit__(self, *exc):
                _trace_stop()
                return False
        """;

    private static void DefineInPython(PyModule module, string source)
    {
        var interp = Interpreter.Current;
        var code = interp.Compile(source, "<pyheap>");
        try
        {
            using (interp.Heap.Hold(code)) RefCounts.DecRef(interp.RunCode(code, module.Dict));
        }
        finally
        {
            RefCounts.DecRef(code);
        }
    }

    internal static void RequireLiveObjects(Interpreter interp)
    {
        if (interp.Heap.LiveObjects is null)
            throw Errors.RuntimeError("the views need live-object tracking (run with --audit, or in the notebook kernel)");
    }
}
