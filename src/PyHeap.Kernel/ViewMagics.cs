using PyHeap.Runtime.Diagnostics;
using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Visuals;
using PyHeap.Visuals.Gc;
using PyHeap.Visuals.Graph;
using PyHeap.Visuals.Refs;
using PyHeap.Visuals.Trace;

namespace PyHeap.Kernel;

/// <summary>The views' magics: each takes its snapshot and displays the view's bundle.</summary>
internal static partial class ViewMagics
{
    public static void RegisterAll(MagicRegistry registry)
    {
        registry.Register(new Magic("refs", false, "%refs EXPR: the object's refcount and every holder that makes it up", Refs));
        registry.Register(new Magic("gc", false, "%gc: the generations and the session's collections; %gc collect [GEN]: run a collection and show it step by step", Gc));
        registry.Register(new Magic("graph", false, "%graph EXPR [EXPR…] [--depth N] [--limit N]: the objects reachable from the expressions, with reference cycles highlighted", Graph));
        registry.Register(new Magic("trace", true, "%%trace [NAMES]: run the cell and show every refcount change of the named objects (or of those it creates and names)", TraceCell));
        RegisterMemoryViews(registry);
        RegisterThreadViews(registry);
    }

    /// <summary>The GIL timeline and no-GIL magics (ViewMagics.Threads.cs).</summary>
    static partial void RegisterThreadViews(MagicRegistry registry);

    private static PyObject Graph(MagicContext ctx)
    {
        var words = ctx.Line.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        int depth = 3, limit = 40;
        int Option(string name, int fallback)
        {
            var i = words.IndexOf(name);
            if (i < 0) return fallback;
            if (i + 1 >= words.Count || !int.TryParse(words[i + 1], out var value) || value < 0)
                throw new MagicUsageException($"%graph: {name} needs a number");
            words.RemoveRange(i, 2);
            return value;
        }
        depth = Option("--depth", depth);
        limit = Math.Max(1, Option("--limit", limit));
        if (words.Count == 0) throw new MagicUsageException("usage: %graph EXPR [EXPR…] [--depth N] [--limit N]");
        var values = new List<(string, PyObject)>();
        try
        {
            foreach (var expression in words) values.Add((expression, ExpressionEvaluator.Evaluate(ctx.Interpreter, expression)));
            ctx.Session.ShowView(GraphView.Render(GraphSnapshot.Take(ctx.Interpreter, values, depth, limit, rootsHeldByCaller: true)));
        }
        finally
        {
            foreach (var (_, value) in values) RefCounts.DecRef(value);
        }
        return PyNone.None;
    }

    /// <summary>%%trace: runs the cell's body in the user namespace with a recorder attached, then shows the trace (also when the body raised).</summary>
    private static PyObject TraceCell(MagicContext ctx)
    {
        if (TraceRecording.Active is not null) throw new MagicUsageException("%%trace: a trace is already running");
        var names = ctx.Line.Split(new[] { ' ', ',' }, StringSplitOptions.RemoveEmptyEntries);
        // A blank first line keeps the body's line numbers equal to the cell's (line 1 is the %%trace line).
        var code = ctx.Interpreter.Compile("\n" + (ctx.Cell ?? ""), "<trace>");
        var trace = TraceRecording.Start(ctx.Interpreter, names);
        TraceSnapshot snapshot;
        try
        {
            using (ctx.Interpreter.Heap.Hold(code)) RefCounts.DecRef(ctx.Interpreter.RunCode(code, ctx.Interpreter.MainModule.Dict));
        }
        finally
        {
            RefCounts.DecRef(code);
            snapshot = trace.Stop();
            ctx.Session.ShowView(TraceView.Render(snapshot));
        }
        return PyNone.None;
    }

    private static PyObject Gc(MagicContext ctx)
    {
        var words = ctx.Line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            ctx.Session.ShowView(GcStatsView.Render(GcStatsSnapshot.Take(ctx.Interpreter)));
            return PyNone.None;
        }
        if (words[0] != "collect" || words.Length > 2)
            throw new MagicUsageException("usage: %gc, or %gc collect [GENERATION]");
        var generation = 2;
        if (words.Length == 2 && (!int.TryParse(words[1], out generation) || generation is < 0 or > 2))
            throw new MagicUsageException($"%gc collect: generation must be 0, 1 or 2, not {words[1]}");
        var timeline = GcTimeline.For(ctx.Interpreter);
        ctx.Interpreter.Heap.Gc.Collect(generation); // as gc.collect(generation): explicit, with callbacks and finalizers
        if (timeline.LastReport is { } report) ctx.Session.ShowView(CollectionView.Render(report));
        return PyNone.None;
    }

    /// <summary>The pymalloc map, heap summary and bytecode views' magics (ViewMagics.Memory.cs).</summary>
    static partial void RegisterMemoryViews(MagicRegistry registry);

    private static PyObject Refs(MagicContext ctx)
    {
        var value = ExpressionEvaluator.Evaluate(ctx.Interpreter, ctx.Line);
        try
        {
            var snapshot = RefsSnapshot.Take(ctx.Interpreter, ctx.Line.Trim(), value);
            // The magic holds the value while it looks, as getrefcount's argument does: say so.
            var holders = snapshot.Holders.ToList();
            var i = holders.FindIndex(h => h.Kind == ReferrerKind.Unexplained);
            if (i >= 0)
            {
                var rest = holders[i].Count - 1;
                holders.RemoveAt(i);
                if (rest > 0) holders.Add(new Referrer("not attributed (held by the runtime)", ReferrerKind.Unexplained, rest));
                holders.Add(new Referrer("%refs itself, while it looks (as getrefcount's argument)", ReferrerKind.ValueStack, 1));
            }
            ctx.Session.ShowView(RefsView.Render(snapshot with { Holders = holders }));
        }
        finally
        {
            RefCounts.DecRef(value);
        }
        return PyNone.None;
    }
}
