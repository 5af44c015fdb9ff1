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
        void Value(string name, PyObject value)
        {
            d.SetItem(name, value);
            RefCounts.DecRef(value);
        }
        module.AddFunction("exit", (self, args, kw) =>
        {
            // sys_exit: raise SystemExit(status); the top level turns it into the exit status.
            NativeArgs.Range("exit", args, kw, 0, 1);
            throw args.Length == 0 ? Errors.NoArgs(ExceptionTypes.SystemExit) : Errors.WithArg(ExceptionTypes.SystemExit, args[0]);
        });
        module.AddFunction("getrefcount", (self, args, kw) =>
        {
            NativeArgs.ExactlyOne("sys.getrefcount", args, kw);
            return PyInt.From(args[0].RefCount);
        });
        module.AddFunction("getsizeof", GetSizeOf);
        module.AddFunction("_getframe", (self, args, kw) =>
        {
            // sys__getframe_impl: the caller's frame object (made on demand), `depth` frames further out.
            NativeArgs.Range("_getframe", args, kw, 0, 1);
            var depth = args.Length == 1 ? Abstract.AsIndex(args[0]) : 0;
            var frame = Interpreter.Current.Thread.Frame;
            for (; depth > 0 && frame is not null; depth--) frame = frame.Previous;
            if (frame is null) throw Errors.ValueError("call stack is not deep enough");
            return RefCounts.NewRef<PyObject>(PyFrameObject.For(frame));
        });
        module.AddFunction("_debugmallocstats", (self, args, kw) =>
        {
            // _PyObject_DebugMallocStats then the object free lists, written straight to the C stderr.
            NativeArgs.None("sys._debugmallocstats", args, kw);
            var current = Interpreter.Current;
            if (current.Heap.Allocator is ObjectAllocator allocator)
            {
                current.Stderr.Write(DebugMallocStats.Format(allocator, DebugMallocStats.FreeListLines(allocator.FreeLists)));
                current.Stderr.Flush();
            }
            return PyNone.None;
        });
        module.AddFunction("getrecursionlimit", (self, args, kw) =>
        {
            NativeArgs.None("sys.getrecursionlimit", args, kw);
            return PyInt.From(Interpreter.Current.RecursionLimit);
        });
        module.AddFunction("setrecursionlimit", SetRecursionLimit);
        module.AddFunction("getswitchinterval", (self, args, kw) =>
        {
            NativeArgs.None("sys.getswitchinterval", args, kw);
            return PyFloat.From(Interpreter.Current.Scheduler.SwitchIntervalMicroseconds / 1e6);
        });
        module.AddFunction("setswitchinterval", SetSwitchInterval);
        module.AddFunction("intern", (self, args, kw) =>
        {
            NativeArgs.ExactlyOne("sys.intern", args, kw);
            if (args[0] is not PyStr s || s.Type != Types.Str) throw Errors.TypeError($"intern() argument must be str, not {args[0].Type.Name}");
            return PyStr.Intern(s);
        });
        module.AddFunction("exc_info", (self, args, kw) =>
        {
            NativeArgs.None("sys.exc_info", args, kw);
            var exc = HandledException();
            if (exc is null) return PyTuple.FromBorrowed([PyNone.None, PyNone.None, PyNone.None]);
            var tb = (exc as PyBaseException)?.Traceback ?? PyNone.None;
            return PyTuple.FromBorrowed([exc.Type, exc, tb]);
        });
        module.AddFunction("exception", (self, args, kw) =>
        {
            NativeArgs.None("sys.exception", args, kw);
            return RefCounts.NewRef(HandledException() ?? PyNone.None);
        });
        module.AddFunction("getdefaultencoding", (self, args, kw) =>
        {
            NativeArgs.None("sys.getdefaultencoding", args, kw);
            return PyStr.From("utf-8");
        });
        Value("maxsize", PyInt.From(long.MaxValue));
        Value("maxunicode", PyInt.From(0x10FFFF));
        Value("version_info", VersionInfo.Create());
        Value("version", PyStr.From("3.11.7 (main, PyHeap) [simulated CPython]"));
        Value("hexversion", PyInt.From(0x030B07F0));
        Value("byteorder", PyStr.From("little"));
        Value("platform", PyStr.From("linux"));
        Value("executable", PyStr.From(""));
        Value("argv", PyList.Steal([PyStr.From(interp.Options.ProgramName)]));
        d.SetItem("modules", interp.Modules);
        d.SetItem("stdout", StdStream.Stdout);
        d.SetItem("stderr", StdStream.Stderr);
        d.SetItem("__stdout__", StdStream.Stdout);
        d.SetItem("__stderr__", StdStream.Stderr);
        return module;
    }

    /// <summary>_PyErr_GetTopmostException: the innermost exception being handled, or null (borrowed).</summary>
    private static PyObject? HandledException()
    {
        for (var e = Interpreter.Current.Thread.ExcInfo; e is not null; e = e.Previous)
            if (e.Value is not null and not PyNone) return e.Value;
        return null;
    }

    /// <summary>sys.stdout / sys.stderr as the program sees them (borrowed): sys's attribute once sys exists.</summary>
    public static PyObject? StandardStream(string name)
    {
        var interp = Interpreter.Current;
        if (interp.Modules.GetItemOrNull("sys") is PyModule sys)
            return sys.Dict.GetItemOrNull(name) ?? throw Errors.RuntimeError($"lost sys.{name}");
        return name == "stderr" ? StdStream.Stderr : StdStream.Stdout;
    }

    private static readonly string[] GetSizeOfNames = ["object", "default"];

    /// <summary>sys_getsizeof: __sizeof__ plus the GC header; the default replaces a TypeError.</summary>
    private static PyObject GetSizeOf(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var a = ClinicArgs.Parse("getsizeof", args, kw, GetSizeOfNames, 1);
        var o = a[0]!;
        try
        {
            return PyInt.From(SizeOf(o));
        }
        catch (PyException e) when (a[1] is not null && e.Value.Type.IsSubtypeOf(ExceptionTypes.TypeError))
        {
            RefCounts.DecRef(e.Value);
            return RefCounts.NewRef(a[1]!);
        }
    }

    /// <summary>_PySys_GetSizeOf: __sizeof__ (a Python override is called) plus the GC header (and managed-dict pre-header).</summary>
    public static long SizeOf(PyObject o)
    {
        long size;
        if (o.Type.IsHeapType && o.Type.Lookup(PyStr.Intern("__sizeof__")) is PyFunction)
        {
            var res = Interpreter.Current.CallMethod(o, "__sizeof__", []);
            try
            {
                size = Abstract.AsIndex(res);
            }
            finally
            {
                RefCounts.DecRef(res);
            }
            if (size < 0) throw Errors.ValueError("__sizeof__() should return >= 0");
        }
        else
        {
            size = o.SizeOf();
        }
        if (o.Type.IsGc && o is not PyType { IsHeapType: false }) size += Heap.GcHeaderSize;
        if ((o.Type.TypeFlags & TypeFlags.ManagedDict) != 0) size += 16;
        return size;
    }

    private static PyObject SetRecursionLimit(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        NativeArgs.ExactlyOne("sys.setrecursionlimit", args, kw);
        if (args[0] is PyFloat) throw Errors.TypeError("'float' object cannot be interpreted as an integer");
        var limit = Abstract.AsIndex(args[0]);
        if (limit < 1) throw Errors.ValueError("recursion limit must be greater or equal than 1");
        if (limit > int.MaxValue) throw Errors.OverflowError("Python int too large to convert to C int");
        var interp = Interpreter.Current;
        var depth = interp.Thread.Depth;
        if (depth >= limit)
            throw Errors.New(ExceptionTypes.RecursionError,
                $"cannot set the recursion limit to {limit} at the recursion depth {depth}: the limit is too low");
        interp.RecursionLimit = (int)limit;
        return PyNone.None;
    }

    private static PyObject SetSwitchInterval(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        NativeArgs.ExactlyOne("sys.setswitchinterval", args, kw);
        double interval = args[0] switch
        {
            PyFloat f => f.Value,
            PyInt i => (double)i.BigValue,
            _ => throw Errors.TypeError($"must be real number, not {args[0].Type.Name}"),
        };
        if (interval <= 0.0) throw Errors.ValueError("switch interval must be strictly positive");
        // _PyEval_SetSwitchInterval keeps whole microseconds (0 reads back as 0.0; take_gil waits at least 1 µs).
        Interpreter.Current.Scheduler.SwitchIntervalMicroseconds = (long)(interval * 1e6);
        return PyNone.None;
    }
}
