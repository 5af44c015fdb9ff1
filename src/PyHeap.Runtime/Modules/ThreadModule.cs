using PyHeap.Runtime.Builtins;
using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Threading;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Modules;

/// <summary>
/// _thread (Modules/_threadmodule.c): the small native layer threading.py is written on — start_new_thread,
/// locks, thread idents and the sentinel lock that join() waits on. Threads are simulated (Threading/Scheduler.cs).
/// </summary>
public static class ThreadModule
{
    public static PyModule Create(Interpreter interp)
    {
        var module = PyModule.New("_thread");
        var d = module.Dict;
        d.SetItem("LockType", LockTypes.Lock);
        d.SetItem("RLock", LockTypes.RLock);
        d.SetItem("error", ExceptionTypes.RuntimeError);
        var timeoutMax = PyFloat.From(9223372036.0);
        d.SetItem("TIMEOUT_MAX", timeoutMax);
        RefCounts.DecRef(timeoutMax);
        NativeFunction start = StartNewThread;
        module.AddFunction("start_new_thread", start);
        module.AddFunction("start_new", start);
        NativeFunction allocate = (self, args, kw) =>
        {
            NativeArgs.None("allocate_lock", args, kw);
            return PyLock.New(LockTypes.Lock);
        };
        module.AddFunction("allocate_lock", allocate);
        module.AddFunction("allocate", allocate);
        NativeFunction ident = (self, args, kw) =>
        {
            NativeArgs.None("get_ident", args, kw);
            return PyInt.From(Interpreter.Current.Thread.Id);
        };
        module.AddFunction("get_ident", ident);
        module.AddFunction("get_native_id", ident);
        module.AddFunction("_count", (self, args, kw) =>
        {
            NativeArgs.None("_count", args, kw);
            return PyInt.From(Interpreter.Current.Scheduler.StartedCount);
        });
        module.AddFunction("_pyheap_set_name", (self, args, kw) =>
        {
            // Not in CPython's _thread: threading.Thread._bootstrap_inner tells the scheduler the thread's name so
            // the GIL view can label its lane after the Thread object is gone (a plain string: no reference kept).
            NativeArgs.ExactlyOne("_pyheap_set_name", args, kw);
            var interp = Interpreter.Current;
            interp.Scheduler.ThreadNames[interp.Thread.Id] = Abstract.StrString(args[0]);
            return PyNone.None;
        });
        module.AddFunction("daemon_threads_allowed", (self, args, kw) => PyBool.True);
        module.AddFunction("stack_size", (self, args, kw) => PyInt.From(0));
        module.AddFunction("_set_sentinel", (self, args, kw) =>
        {
            NativeArgs.None("_set_sentinel", args, kw);
            // The thread state releases this lock when it is deleted; join() waits for that.
            var sentinel = PyLock.New(LockTypes.Lock);
            Interpreter.Current.Thread.Sentinel = sentinel;
            return sentinel;
        });
        module.AddFunction("_excepthook", ExceptHook);
        module.AddFunction("_print_exception", (self, args, kw) =>
        {
            NativeArgs.ExactlyOne("_print_exception", args, kw);
            if (args[0] is PyBaseException e) WriteStderr(TracebackPrinter.Format(e));
            return PyNone.None;
        });
        return module;
    }

    private static void WriteStderr(string text)
    {
        var interp = Interpreter.Current;
        interp.Stdout.Flush();
        interp.Stderr.Write(text);
        interp.Stderr.Flush();
    }

    /// <summary>
    /// _thread._excepthook (thread_excepthook_file): "Exception in thread NAME:" and the traceback on stderr;
    /// SystemExit is ignored.
    /// </summary>
    private static PyObject ExceptHook(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        NativeArgs.ExactlyOne("_excepthook", args, kw);
        var hookArgs = args[0];
        var excType = Abstract.GetAttr(hookArgs, PyStr.Intern("exc_type"));
        var excValue = Abstract.GetAttr(hookArgs, PyStr.Intern("exc_value"));
        var thread = Abstract.GetAttr(hookArgs, PyStr.Intern("thread"));
        try
        {
            if (excType is PyType t && t.IsSubtypeOf(ExceptionTypes.SystemExit)) return PyNone.None;
            string name;
            if (thread is PyNone) name = Interpreter.Current.Thread.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            else
            {
                var n = Abstract.GetAttr(thread, PyStr.Intern("name"));
                try
                {
                    name = Abstract.StrString(n);
                }
                finally
                {
                    RefCounts.DecRef(n);
                }
            }
            var text = "Exception in thread " + name + ":\n";
            if (excValue is PyBaseException e) text += TracebackPrinter.Format(e);
            WriteStderr(text);
            return PyNone.None;
        }
        finally
        {
            RefCounts.DecRef(excType);
            RefCounts.DecRef(excValue);
            RefCounts.DecRef(thread);
        }
    }

    /// <summary>thread_PyThread_start_new_thread: (function, args[, kwargs]) → the new thread's ident.</summary>
    private static PyObject StartNewThread(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        NativeArgs.NoKeywords("start_new_thread", kw);
        NativeArgs.Range("start_new_thread", args, kw, 2, 3);
        var function = args[0];
        if (!Functions.IsCallable(function))
            throw Errors.TypeError("first arg must be callable");
        if (args[1] is not PyTuple tuple) throw Errors.TypeError("2nd arg must be a tuple");
        PyDict? kwargs = null;
        if (args.Length > 2)
        {
            if (args[2] is PyDict dict) kwargs = dict;
            else throw Errors.TypeError("optional 3rd arg must be a dictionary");
        }
        var ts = Interpreter.Current.Scheduler.Start(function, tuple, kwargs);
        return PyInt.From(ts.Id);
    }
}
