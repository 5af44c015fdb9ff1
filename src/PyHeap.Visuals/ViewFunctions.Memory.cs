using PyHeap.Runtime.Builtins;
using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;
using PyHeap.Visuals.Dis;
using PyHeap.Visuals.Heap;
using PyHeap.Visuals.Pymalloc;

namespace PyHeap.Visuals;

public static partial class ViewFunctions
{
    static partial void InstallMemoryViews(PyModule pyheap, Action<ViewBundle> show)
    {
        pyheap.AddFunction("pymalloc_map", (self, args, kw) =>
        {
            var (positional, keywords) = NativeArgs.Split(args, kw);
            NativeArgs.CheckKeywords("pymalloc_map", keywords, "obj", "name");
            if (positional.Length > 1) throw Errors.TypeError($"pymalloc_map() takes at most 1 argument ({positional.Length} given)");
            var target = positional.Length == 1 ? positional[0] : keywords.GetValueOrDefault("obj");
            if (target is PyNone) target = null;
            var name = keywords.TryGetValue("name", out var n) ? Abstract.StrString(n) : target is null ? null : ShortRepr.Of(target);
            show(PymallocMapView.Render(PymallocMap(Interpreter.Current, name, target)));
            return PyNone.None;
        });
        pyheap.AddFunction("heap", (self, args, kw) =>
        {
            var (positional, keywords) = NativeArgs.Split(args, kw);
            NativeArgs.CheckKeywords("heap", keywords, "top");
            if (positional.Length > 1) throw Errors.TypeError($"heap() takes at most 1 argument ({positional.Length} given)");
            var topArg = positional.Length == 1 ? positional[0] : keywords.GetValueOrDefault("top");
            var top = HeapSummarySnapshot.DefaultTop;
            if (topArg is not null)
            {
                if (topArg is not PyInt { AsInt32: { } t } || t < 1) throw Errors.ValueError("heap(): top must be a positive int");
                top = t;
            }
            var interp = Interpreter.Current;
            RequireLiveObjects(interp);
            show(HeapSummaryView.Render(HeapSummarySnapshot.Take(interp, top)));
            return PyNone.None;
        });
        pyheap.AddFunction("dis", (self, args, kw) =>
        {
            NativeArgs.ExactlyOne("dis", args, kw);
            show(Disassemble(Interpreter.Current, args[0], null));
            return PyNone.None;
        });
    }

    /// <summary>The pymalloc map's snapshot of <paramref name="interp"/>'s allocator, EXPR located when given.</summary>
    public static PymallocMapSnapshot PymallocMap(Interpreter interp, string? expression, PyObject? target)
    {
        if (interp.Heap.Allocator is not ObjectAllocator allocator)
            throw Errors.RuntimeError("the pymalloc map needs the simulated object allocator");
        return PymallocMapSnapshot.Take(allocator, expression, target);
    }

    /// <summary>The bytecode view of a function, bound method or code object.</summary>
    public static ViewBundle Disassemble(Interpreter interp, PyObject target, string? name)
    {
        var code = target switch
        {
            PyFunction f => f.Code,
            PyMethod { Function: PyFunction f } => f.Code,
            PyCode c => c,
            _ => throw Errors.TypeError($"dis() expects a function, method or code object, not '{target.Type.Name}'"),
        };
        var listing = DisListing.Build(code, interp.GetSourceLine);
        var what = target is PyCode ? $"code object {code.QualName}" : $"function {code.QualName}";
        var title = name is null || name == code.QualName ? $"dis {what}" : $"dis {name} ({what})";
        return DisView.Render(listing, $"{title} — {code.Code.FileName}, line {code.Code.FirstLineNo}");
    }
}
