using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Visuals;
using PyHeap.Visuals.Heap;
using PyHeap.Visuals.Pymalloc;

namespace PyHeap.Kernel;

internal static partial class ViewMagics
{
    static partial void RegisterMemoryViews(MagicRegistry registry)
    {
        registry.Register(new Magic("pymalloc", false,
            "%pymalloc [EXPR]: arenas, pools and blocks of pymalloc, the size-class table; frames the pool and block holding EXPR", Pymalloc));
        registry.Register(new Magic("heap", false, "%heap [TOP]: live objects by type — count, bytes, GC tracking and generation", HeapSummary));
        registry.Register(new Magic("dis", false, "%dis NAME: a function's bytecode with the references each instruction takes or drops", Dis));
    }

    private static PyObject Pymalloc(MagicContext ctx)
    {
        var expression = ctx.Line.Trim();
        if (expression.Length == 0)
        {
            ctx.Session.ShowView(PymallocMapView.Render(ViewFunctions.PymallocMap(ctx.Interpreter, null, null)));
            return PyNone.None;
        }
        var value = ExpressionEvaluator.Evaluate(ctx.Interpreter, expression);
        try
        {
            ctx.Session.ShowView(PymallocMapView.Render(ViewFunctions.PymallocMap(ctx.Interpreter, expression, value)));
        }
        finally
        {
            RefCounts.DecRef(value);
        }
        return PyNone.None;
    }

    private static PyObject HeapSummary(MagicContext ctx)
    {
        var line = ctx.Line.Trim();
        var top = HeapSummarySnapshot.DefaultTop;
        if (line.Length > 0 && (!int.TryParse(line, out top) || top < 1))
            throw new MagicUsageException($"usage: %heap [TOP], where TOP is how many types get a row of their own (default {HeapSummarySnapshot.DefaultTop})");
        if (ctx.Interpreter.Heap.LiveObjects is null) throw new MagicUsageException("%heap needs live-object tracking");
        ctx.Session.ShowView(HeapSummaryView.Render(HeapSummarySnapshot.Take(ctx.Interpreter, top)));
        return PyNone.None;
    }

    private static PyObject Dis(MagicContext ctx)
    {
        var expression = ctx.Line.Trim();
        if (expression.Length == 0) throw new MagicUsageException("usage: %dis NAME (a function, method or code object)");
        var value = ExpressionEvaluator.Evaluate(ctx.Interpreter, expression);
        try
        {
            ctx.Session.ShowView(ViewFunctions.Disassemble(ctx.Interpreter, value, expression));
        }
        finally
        {
            RefCounts.DecRef(value);
        }
        return PyNone.None;
    }
}
