using PyHeap.Runtime.Builtins;
using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Modules;

/// <summary>
/// The atexit module (Modules/atexitmodule.c): functions registered with their arguments, run last registered
/// first when the interpreter shuts down, before the shutdown collection. The interpreter owns the entries.
/// </summary>
public static class AtexitModule
{
    public static PyModule Create(Interpreter interp)
    {
        var module = PyModule.New("atexit");
        var d = module.Dict;
        module.AddFunction("register", (self, args, kw) =>
        {
            if (args.Length - (kw?.Count ?? 0) < 1) throw Errors.TypeError("register() takes at least 1 argument (0 given)");
            var func = args[0];
            if (!Functions.IsCallable(func)) throw Errors.TypeError("the first argument must be callable");
            var (positional, keywords) = NativeArgs.Split(args, kw);
            var tuple = PyTuple.FromBorrowed(positional.AsSpan(1));
            PyDict? kwargs = null;
            if (keywords.Count > 0)
            {
                kwargs = PyDict.New();
                foreach (var (k, v) in keywords) kwargs.SetItem(k, v);
            }
            RefCounts.IncRef(func);
            Interpreter.Current.ExitFunctions.Add(new ExitFunction(func, tuple, kwargs));
            return RefCounts.NewRef(func);
        });
        module.AddFunction("unregister", (self, args, kw) =>
        {
            NativeArgs.ExactlyOne("unregister", args, kw);
            var list = Interpreter.Current.ExitFunctions;
            for (var i = list.Count - 1; i >= 0; i--)
            {
                if (!Abstract.RichCompareBool(list[i].Function, args[0], CompareOp.Eq)) continue;
                var e = list[i];
                list.RemoveAt(i);
                e.Release();
            }
            return PyNone.None;
        });
        module.AddFunction("_ncallbacks", (self, args, kw) => PyInt.From(Interpreter.Current.ExitFunctions.Count));
        module.AddFunction("_run_exitfuncs", (self, args, kw) =>
        {
            Interpreter.Current.RunExitFunctions();
            return PyNone.None;
        });
        module.AddFunction("_clear", (self, args, kw) =>
        {
            var list = Interpreter.Current.ExitFunctions;
            var all = list.ToArray();
            list.Clear();
            foreach (var e in all) e.Release();
            return PyNone.None;
        });
        return module;
    }
}
