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
        module.AddFunction("set_legacy_finalizers", (self, args, kw) =>
        {
            NativeArgs.ExactlyOne("set_legacy_finalizers", args, kw);
            Interpreter.Current.Heap.Gc.LegacyFinalizers = Abstract.IsTrue(args[0]);
            return PyNone.None;
        });
        module.AddFunction("legacy_finalizers", (self, args, kw) =>
        {
            NativeArgs.None("legacy_finalizers", args, kw);
            return PyBool.From(Interpreter.Current.Heap.Gc.LegacyFinalizers);
        });
        module.AddFunction("profile", (self, args, kw) =>
        {
            // The memory profile is chosen when the heap is made (pyheap run --profile, later %profile).
            NativeArgs.None("profile", args, kw);
            var profile = (Interpreter.Current.Heap.Allocator as ObjectAllocator)?.Profile;
            return PyStr.From(ReferenceEquals(profile, MemoryProfile.Classic) ? "classic" : "3.11");
        });
        module.AddFunction("set_profile", (self, args, kw) =>
        {
            // Switching the allocator's geometry needs a new heap: the kernel rebuilds it after the cell.
            NativeArgs.ExactlyOne("set_profile", args, kw);
            var name = args[0] is PyStr s ? s.Value : throw Errors.TypeError($"set_profile() argument must be str, not {args[0].Type.Name}");
            var requested = name switch
            {
                "3.11" => MemoryProfile.Python311,
                "classic" => MemoryProfile.Classic,
                _ => throw Errors.ValueError($"unknown memory profile '{name}': expected '3.11' or 'classic'"),
            };
            var current = Interpreter.Current;
            var active = (current.Heap.Allocator as ObjectAllocator)?.Profile;
            if (ReferenceEquals(requested, active) && current.RequestedProfile is null) return PyNone.None;
            if (!current.CanSwitchProfile)
                throw Errors.RuntimeError("set_profile() resets the heap, which only the notebook kernel can do between cells; "
                    + $"run the program with `pyheap run --profile {name}` instead");
            current.RequestedProfile = requested;
            return PyNone.None;
        });
        module.AddFunction("set_heap_limit", (self, args, kw) =>
        {
            NativeArgs.ExactlyOne("set_heap_limit", args, kw);
            var allocator = Interpreter.Current.Heap.Allocator as ObjectAllocator
                ?? throw Errors.RuntimeError("this heap has no simulated allocator");
            var bytes = IndexArgs.AsSsize(args[0]);
            if (bytes < allocator.HeapBytesInUse)
                throw Errors.ValueError($"heap limit {bytes} is below the memory in use ({allocator.HeapBytesInUse} bytes)");
            allocator.HeapLimit = bytes;
            return PyNone.None;
        });
        module.AddFunction("heap_limit", (self, args, kw) =>
        {
            NativeArgs.None("heap_limit", args, kw);
            return PyInt.From((Interpreter.Current.Heap.Allocator as ObjectAllocator)?.HeapLimit ?? 0);
        });
        module.AddFunction("audit", (self, args, kw) =>
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
