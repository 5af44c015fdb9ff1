using PyHeap.Runtime.Builtins;
using PyHeap.Runtime.Gc;
using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Modules;

/// <summary>The gc module (Modules/gcmodule.c) over the heap's <see cref="GcState"/>.</summary>
public static class GcModule
{
    public static PyModule Create(Interpreter interp)
    {
        var module = PyModule.New("gc");
        var d = module.Dict;
        static GcState State() => Interpreter.Current.Heap.Gc;

        module.AddFunction("enable", (self, args, kw) =>
        {
            NativeArgs.None("gc.enable", args, kw);
            State().Enabled = true;
            return PyNone.None;
        });
        module.AddFunction("disable", (self, args, kw) =>
        {
            NativeArgs.None("gc.disable", args, kw);
            State().Enabled = false;
            return PyNone.None;
        });
        module.AddFunction("isenabled", (self, args, kw) =>
        {
            NativeArgs.None("gc.isenabled", args, kw);
            return PyBool.From(State().Enabled);
        });
        module.AddFunction("collect", (self, args, kw) =>
        {
            var a = ClinicArgs.Parse("collect", args, kw, ["generation"], 0);
            var generation = a[0] is { } g ? CInt(g, "Python int too large to convert to C int") : GcState.NumGenerations - 1;
            if (generation < 0 || generation >= GcState.NumGenerations) throw Errors.ValueError("invalid generation");
            return PyInt.From(State().Collect(generation));
        });
        module.AddFunction("get_count", (self, args, kw) =>
        {
            NativeArgs.None("gc.get_count", args, kw);
            var gens = State().Generations;
            int c0 = gens[0].Count, c1 = gens[1].Count, c2 = gens[2].Count; // read before allocating the result
            return Triple(c0, c1, c2);
        });
        module.AddFunction("get_threshold", (self, args, kw) =>
        {
            NativeArgs.None("gc.get_threshold", args, kw);
            var gens = State().Generations;
            return Triple(gens[0].Threshold, gens[1].Threshold, gens[2].Threshold);
        });
        module.AddFunction("set_threshold", SetThreshold);
        module.AddFunction("set_debug", (self, args, kw) =>
        {
            NativeArgs.ExactlyOne("gc.set_debug", args, kw);
            State().Debug = (GcDebug)CInt(args[0], "Python int too large to convert to C int");
            return PyNone.None;
        });
        module.AddFunction("get_debug", (self, args, kw) =>
        {
            NativeArgs.None("gc.get_debug", args, kw);
            return PyInt.From((long)State().Debug);
        });
        module.AddFunction("get_objects", GetObjects);
        module.AddFunction("get_stats", (self, args, kw) =>
        {
            NativeArgs.None("gc.get_stats", args, kw);
            var snapshot = State().Stats.Select(s => (s.Collections, s.Collected, s.Uncollectable)).ToArray();
            var result = PyList.New();
            foreach (var (collections, collected, uncollectable) in snapshot)
            {
                var entry = PyDict.New();
                Put(entry, "collections", collections);
                Put(entry, "collected", collected);
                Put(entry, "uncollectable", uncollectable);
                result.AppendSteal(entry);
            }
            return result;
        });
        module.AddFunction("is_tracked", (self, args, kw) =>
        {
            NativeArgs.ExactlyOne("gc.is_tracked", args, kw);
            return PyBool.From(GcState.IsGc(args[0]) && args[0].IsGcTracked);
        });
        module.AddFunction("is_finalized", (self, args, kw) =>
        {
            NativeArgs.ExactlyOne("gc.is_finalized", args, kw);
            return PyBool.From(GcState.IsGc(args[0]) && (args[0].Flags & ObjectFlags.Finalized) != 0);
        });
        module.AddFunction("get_referrers", GetReferrers);
        module.AddFunction("get_referents", GetReferents);
        module.AddFunction("freeze", (self, args, kw) =>
        {
            NativeArgs.None("gc.freeze", args, kw);
            State().Freeze();
            return PyNone.None;
        });
        module.AddFunction("unfreeze", (self, args, kw) =>
        {
            NativeArgs.None("gc.unfreeze", args, kw);
            State().Unfreeze();
            return PyNone.None;
        });
        module.AddFunction("get_freeze_count", (self, args, kw) =>
        {
            NativeArgs.None("gc.get_freeze_count", args, kw);
            return PyInt.From(State().Permanent.Size);
        });
        var state = interp.Heap.Gc;
        d.SetItem("garbage", state.GarbageList);
        d.SetItem("callbacks", state.CallbackList);
        foreach (var (name, value) in new[] { ("DEBUG_STATS", GcDebug.Stats), ("DEBUG_COLLECTABLE", GcDebug.Collectable),
                     ("DEBUG_UNCOLLECTABLE", GcDebug.Uncollectable), ("DEBUG_SAVEALL", GcDebug.SaveAll), ("DEBUG_LEAK", GcDebug.Leak) })
            Put(d, name, (long)value);
        return module;
    }

    private static void Put(PyDict d, string key, long value)
    {
        var v = PyInt.From(value);
        d.SetItem(key, v);
        RefCounts.DecRef(v);
    }

    private static PyTuple Triple(long a, long b, long c) => PyTuple.Steal([PyInt.From(a), PyInt.From(b), PyInt.From(c)]);

    /// <summary>The clinic `int` converter: __index__, then one OverflowError outside int's range.</summary>
    private static int CInt(PyObject o, string overflow) => CInt(o, overflow, overflow);

    /// <summary>The C int converters: __index__, then OverflowError above or below int's range.</summary>
    private static int CInt(PyObject o, string tooBig, string tooSmall)
    {
        if (o is PyFloat) throw Errors.TypeError("'float' object cannot be interpreted as an integer");
        var i = Abstract.Index(o);
        try
        {
            if (i.IsBig ? i.BigValue.Sign > 0 : i.Value > int.MaxValue) throw Errors.OverflowError(tooBig);
            if (i.IsBig || i.Value < int.MinValue) throw Errors.OverflowError(tooSmall);
            return (int)i.Value;
        }
        finally
        {
            RefCounts.DecRef(i);
        }
    }

    /// <summary>set_threshold is METH_VARARGS: its arguments arrive packed in a tuple (a GC allocation).</summary>
    private static PyObject SetThreshold(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        NativeArgs.NoKeywords("set_threshold", kw);
        var packed = PyTuple.FromBorrowed(args);
        try
        {
            if (args.Length < 1) throw Errors.TypeError($"set_threshold() takes at least 1 argument ({args.Length} given)");
            if (args.Length > 3) throw Errors.TypeError($"set_threshold() takes at most 3 arguments ({args.Length} given)");
            var gens = Interpreter.Current.Heap.Gc.Generations;
            for (var i = 0; i < args.Length; i++)
            {
                var v = CInt(args[i], "signed integer is greater than maximum", "signed integer is less than minimum"); // getargs "i"
                gens[i].Threshold = v; // PyArg_ParseTuple stores each as it converts
            }
            return PyNone.None;
        }
        finally
        {
            RefCounts.DecRef(packed);
        }
    }

    private static PyObject GetObjects(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var a = ClinicArgs.Parse("get_objects", args, kw, ["generation"], 0);
        int? generation = null;
        if (a[0] is { } g && g is not PyNone)
        {
            if (g is not PyInt && g.Type.Index is null) throw Errors.TypeError($"argument should be integer or None, not '{g.Type.Name}'");
            var n = IndexArgs.AsSsize(g);
            if (n >= GcState.NumGenerations)
                throw Errors.ValueError($"generation parameter must be less than the number of available generations ({GcState.NumGenerations})");
            if (n < -1) throw Errors.ValueError("generation parameter cannot be negative");
            if (n != -1) generation = (int)n;
        }
        var objects = Interpreter.Current.Heap.Gc.Objects(generation);
        var result = PyList.New();
        foreach (var o in objects)
        {
            if (!ReferenceEquals(o, result)) result.Append(o);
        }
        return result;
    }

    /// <summary>gc_get_referrers: tracked objects in the three generations whose tp_traverse visits one of the arguments.</summary>
    private static PyObject GetReferrers(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        NativeArgs.NoKeywords("get_referrers", kw);
        var packed = PyTuple.FromBorrowed(args);
        try
        {
            var targets = new HashSet<PyObject>(packed.Items, ReferenceEqualityComparer.Instance);
            var result = PyList.New();
            var gc = Interpreter.Current.Heap.Gc;
            for (var i = 0; i < GcState.NumGenerations; i++)
            {
                foreach (var o in gc.Objects(i))
                {
                    if (ReferenceEquals(o, packed) || ReferenceEquals(o, result) || o.IsFreed) continue;
                    var found = false;
                    o.TraverseGc(v => found |= targets.Contains(v));
                    if (found) result.Append(o);
                }
            }
            return result;
        }
        finally
        {
            RefCounts.DecRef(packed);
        }
    }

    /// <summary>gc_get_referents: what each GC argument's tp_traverse visits, in its order.</summary>
    private static PyObject GetReferents(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        NativeArgs.NoKeywords("get_referents", kw);
        var packed = PyTuple.FromBorrowed(args);
        try
        {
            var result = PyList.New();
            foreach (var o in packed.Items)
            {
                if (!GcState.IsGc(o)) continue;
                o.TraverseGc(v => result.Append(v));
            }
            return result;
        }
        finally
        {
            RefCounts.DecRef(packed);
        }
    }
}
