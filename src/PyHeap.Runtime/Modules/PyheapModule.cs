using PyHeap.Runtime.Builtins;
using PyHeap.Runtime.Diagnostics;
using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Modules;

/// <summary>
/// The pyheap module: switches and checks of the simulator itself, callable from the simulated program.
/// (The views' functions — refs, graph, gc_stats … — arrive with their issue.)
/// </summary>
public static class PyheapModule
{
    public static PyModule Create(Interpreter interp)
    {
        var module = PyModule.New("pyheap");
        var d = module.Dict;
        void Fn(string name, NativeFunction f)
        {
            var fn = PyBuiltinFunction.Bound(name, f, module, "module");
            d.SetItem(name, fn);
            RefCounts.DecRef(fn);
        }
        Fn("set_legacy_finalizers", (self, args, kw) =>
        {
            NativeArgs.ExactlyOne("set_legacy_finalizers", args, kw);
            Interpreter.Current.Heap.Gc.LegacyFinalizers = Abstract.IsTrue(args[0]);
            return PyNone.None;
        });
        Fn("legacy_finalizers", (self, args, kw) =>
        {
            NativeArgs.None("legacy_finalizers", args, kw);
            return PyBool.From(Interpreter.Current.Heap.Gc.LegacyFinalizers);
        });
        Fn("audit", (self, args, kw) =>
        {
            NativeArgs.None("audit", args, kw);
            var current = Interpreter.Current;
            if (current.Heap.LiveObjects is null)
                throw Errors.RuntimeError("the heap audit needs live-object tracking (run with --audit)");
            var result = HeapAudit.Run(current);
            var list = PyList.New();
            foreach (var problem in result.Problems)
            {
                var s = PyStr.From(problem);
                list.AppendSteal(s);
            }
            return list;
        });
        return module;
    }
}
