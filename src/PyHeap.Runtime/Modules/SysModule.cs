using PyHeap.Runtime.Builtins;
using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Modules;

/// <summary>The sys module (Python/sysmodule.c): what the subset needs.</summary>
public static class SysModule
{
    public static PyModule Create(Interpreter interp)
    {
        var module = PyModule.New("sys");
        var d = module.Dict;
        void Fn(string name, NativeFunction f)
        {
            var fn = PyBuiltinFunction.Bound(name, f, module, "module");
            d.SetItem(name, fn);
            RefCounts.DecRef(fn);
        }
        Fn("getrefcount", (self, args, kw) =>
        {
            NativeArgs.ExactlyOne("getrefcount", args, kw);
            return PyInt.From(args[0].RefCount);
        });
        Fn("getsizeof", (self, args, kw) =>
        {
            NativeArgs.Range("getsizeof", args, kw, 1, 2);
            return PyInt.From(SizeOf(args[0]));
        });
        Fn("getrecursionlimit", (self, args, kw) => PyInt.From(Interpreter.Current.RecursionLimit));
        Fn("setrecursionlimit", (self, args, kw) =>
        {
            NativeArgs.ExactlyOne("setrecursionlimit", args, kw);
            var limit = Abstract.AsIndex(args[0]);
            if (limit < 1) throw Errors.ValueError("recursion limit must be greater or equal than 1");
            Interpreter.Current.RecursionLimit = (int)Math.Min(limit, int.MaxValue);
            return PyNone.None;
        });
        Fn("getswitchinterval", (self, args, kw) => PyFloat.From(0.005));
        Fn("intern", (self, args, kw) =>
        {
            NativeArgs.ExactlyOne("intern", args, kw);
            if (args[0] is not PyStr s || s.Type != Types.Str) throw Errors.TypeError($"intern() argument must be str, not {args[0].Type.Name}");
            return PyStr.Intern(s);
        });
        var maxsize = PyInt.From(long.MaxValue);
        d.SetItem("maxsize", maxsize);
        RefCounts.DecRef(maxsize);
        var version = PyTuple.Steal([PyInt.From(3), PyInt.From(11), PyInt.From(7), PyStr.From("final"), PyInt.From(0)]);
        d.SetItem("version_info", version);
        RefCounts.DecRef(version);
        var ver = PyStr.From("3.11.7 (PyHeap simulated CPython)");
        d.SetItem("version", ver);
        RefCounts.DecRef(ver);
        d.SetItem("modules", interp.Modules);
        return module;
    }

    /// <summary>sys.getsizeof: __sizeof__ plus the GC header (and the pre-header of managed-dict instances).</summary>
    public static long SizeOf(PyObject o)
    {
        var size = o.SizeOf();
        if (o.Type.IsGc) size += Heap.GcHeaderSize;
        if ((o.Type.TypeFlags & TypeFlags.ManagedDict) != 0) size += 16;
        return size;
    }
}
