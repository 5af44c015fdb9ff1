using PyHeap.Runtime.Builtins;
using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Modules;

/// <summary>
/// The weakref module: ref, proxy, getweakrefcount and getweakrefs from Objects/weakrefobject.c (simulated in
/// C#), and WeakValueDictionary, WeakKeyDictionary, WeakSet and finalize as Python code run on the simulated
/// heap (Modules/Python/weakref.py), as CPython's Lib/weakref.py runs on the real one.
/// </summary>
public static class WeakrefModule
{
    private const string FileName = "/usr/lib/python3.11/weakref.py";

    public static PyModule Create(Interpreter interp)
    {
        var module = PyModule.New("weakref");
        var d = module.Dict;
        d.SetItem("ref", WeakRefTypes.Ref);
        d.SetItem("ReferenceType", WeakRefTypes.Ref);
        d.SetItem("ProxyType", WeakRefTypes.Proxy);
        d.SetItem("CallableProxyType", WeakRefTypes.CallableProxy);
        d.SetItem("KeyedRef", WeakRefTypes.KeyedRef);
        var proxyTypes = PyTuple.Pack(WeakRefTypes.Proxy, WeakRefTypes.CallableProxy);
        d.SetItem("ProxyTypes", proxyTypes);
        RefCounts.DecRef(proxyTypes);
        module.AddFunction("proxy", (self, args, kw) =>
        {
            NativeArgs.Range("proxy", args, kw, 1, 2);
            var target = args[0];
            var callable = target.Type.Call is not null;
            return WeakRefs.New(callable ? WeakRefTypes.CallableProxy : WeakRefTypes.Proxy, target, args.Length > 1 ? args[1] : null);
        });
        module.AddFunction("getweakrefcount", (self, args, kw) =>
        {
            NativeArgs.ExactlyOne("getweakrefcount", args, kw);
            return PyInt.From(args[0].SupportsWeakrefs ? WeakRefs.Count(args[0]) : 0);
        });
        module.AddFunction("getweakrefs", (self, args, kw) =>
        {
            NativeArgs.ExactlyOne("getweakrefs", args, kw);
            var result = PyList.New();
            if (args[0].SupportsWeakrefs)
                for (var wr = args[0].WeakRefs; wr is not null; wr = wr.Next) result.Append(wr);
            return result;
        });
        var code = interp.Compile(Source.Value, FileName);
        try
        {
            using (interp.Heap.Hold(code)) RefCounts.DecRef(interp.RunCode(code, d));
        }
        finally
        {
            RefCounts.DecRef(code);
        }
        return module;
    }

    private static readonly Lazy<string> Source = new(() =>
    {
        using var stream = typeof(WeakrefModule).Assembly.GetManifestResourceStream("PyHeap.Runtime.Modules.Python.weakref.py")
            ?? throw new SimulatorBugException("the weakref module's Python source is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });
}
