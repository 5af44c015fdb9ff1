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
        d.SetItem("MemoryCorruption", Threading.MemoryCorruption.Type);
        module.AddFunction("set_gil", (self, args, kw) =>
        {
            // set_gil(False, seed=N): no GIL, a seeded interleaving of refcount updates (Threading/NoGil.cs); True: back on.
            var (positional, keywords) = NativeArgs.Split(args, kw);
            NativeArgs.CheckKeywords("set_gil", keywords, "enabled", "seed");
            if (positional.Length > 2) throw Errors.TypeError($"set_gil() takes at most 2 arguments ({positional.Length} given)");
            var enabled = positional.Length >= 1 ? positional[0] : keywords.GetValueOrDefault("enabled")
                ?? throw Errors.TypeError("set_gil() missing required argument 'enabled' (pos 1)");
            var seed = positional.Length == 2 ? positional[1] : keywords.GetValueOrDefault("seed");
            Interpreter.Current.Scheduler.SetGil(Abstract.IsTrue(enabled), seed is null ? 0 : (int)Abstract.AsIndex(seed));
            return PyNone.None;
        });
        module.AddFunction("gil_enabled", (self, args, kw) =>
        {
            NativeArgs.None("gil_enabled", args, kw);
            return PyBool.From(Interpreter.Current.Scheduler.NoGil is null);
        });
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
