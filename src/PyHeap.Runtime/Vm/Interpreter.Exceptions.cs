using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;

namespace PyHeap.Runtime.Vm;

public sealed partial class Interpreter
{
    /// <summary>RAISE_VARARGS (ceval.c: do_raise): the exception to throw (its reference is owned by it).</summary>
    private PyException Raise(Frame frame, int argc)
    {
        if (argc == 0)
        {
            var handled = Thread.ExcInfo.Value;
            if (handled is not PyBaseException current) return Errors.RuntimeError("No active exception to reraise");
            RefCounts.IncRef(current);
            return new PyException(current) { SkipTraceback = true };
        }
        PyObject? cause = argc == 2 ? frame.Pop() : null;
        var excArg = frame.Pop()!;
        try
        {
            var exc = MakeException(excArg, "exceptions must derive from BaseException");
            if (cause is not null)
            {
                if (ReferenceEquals(cause, PyNone.None))
                {
                    exc.SetCause(null);
                }
                else
                {
                    PyBaseException causeExc;
                    try
                    {
                        causeExc = MakeException(cause, "exception causes must derive from BaseException");
                    }
                    catch
                    {
                        RefCounts.DecRef(exc); // do_raise's error path releases the exception
                        throw;
                    }
                    exc.SetCause(causeExc);
                    RefCounts.DecRef(causeExc);
                }
            }
            return new PyException(exc);
        }
        finally
        {
            RefCounts.DecRef(excArg);
            RefCounts.XDecRef(cause);
        }
    }

    /// <summary>An exception instance from a class (called with no arguments) or an instance (a new reference).</summary>
    private PyBaseException MakeException(PyObject value, string error)
    {
        if (value is PyType t && t.IsSubtypeOf(ExceptionTypes.BaseException))
        {
            var made = CallObject(t, []);
            if (made is PyBaseException e) return e;
            var typeName = made.Type.Name;
            RefCounts.DecRef(made);
            throw Errors.TypeError($"calling {t.Name} should have returned an instance of BaseException, not {typeName}");
        }
        if (value is PyBaseException instance)
        {
            RefCounts.IncRef(instance);
            return instance;
        }
        throw Errors.TypeError(error);
    }

    /// <summary>CHECK_EXC_MATCH: PyErr_GivenExceptionMatches with 3.11's check that the class is an exception.</summary>
    private static bool ExceptionMatches(PyObject exc, PyObject match)
    {
        if (match is PyTuple tuple)
        {
            foreach (var item in tuple.Items)
                if (item is not PyType t || !t.IsSubtypeOf(ExceptionTypes.BaseException))
                    throw Errors.TypeError("catching classes that do not inherit from BaseException is not allowed");
            foreach (var item in tuple.Items)
                if (exc.Type.IsSubtypeOf((PyType)item)) return true;
            return false;
        }
        if (match is not PyType type || !type.IsSubtypeOf(ExceptionTypes.BaseException))
            throw Errors.TypeError("catching classes that do not inherit from BaseException is not allowed");
        return exc.Type.IsSubtypeOf(type);
    }

    /// <summary>BEFORE_WITH: the bound __exit__ replaces the manager on the stack, then __enter__()'s result is pushed.</summary>
    private void BeforeWith(Frame frame)
    {
        var mgr = frame.Stack[frame.StackTop - 1]!;
        var enter = Abstract.LookupSpecial(mgr, "__enter__")
            ?? throw Errors.TypeError($"'{mgr.Type.Name}' object does not support the context manager protocol");
        PyObject? exit;
        try
        {
            exit = Abstract.LookupSpecial(mgr, "__exit__");
        }
        catch
        {
            RefCounts.DecRef(enter);
            throw;
        }
        if (exit is null)
        {
            RefCounts.DecRef(enter);
            throw Errors.TypeError($"'{mgr.Type.Name}' object does not support the context manager protocol (missed __exit__ method)");
        }
        RefArray.Store(frame.Stack, frame.StackTop - 1, exit);
        RefCounts.DecRef(mgr);
        PyObject res;
        try
        {
            res = CallObject(enter, []);
        }
        catch (Threading.ThreadSwitchSignal)
        {
            // __enter__ blocked (a lock): BEFORE_WITH runs again when the thread resumes, with the manager back in place.
            RefCounts.IncRef(mgr);
            RefArray.Store(frame.Stack, frame.StackTop - 1, mgr);
            RefCounts.DecRef(exit);
            throw;
        }
        finally
        {
            RefCounts.DecRef(enter);
        }
        frame.Push(res);
    }

    /// <summary>WITH_EXCEPT_START: [exit, lasti, prev_exc, exc] → calls exit(type, exc, tb) and pushes the result.</summary>
    private void WithExceptStart(Frame frame)
    {
        var val = frame.Stack[frame.StackTop - 1]!;
        var exit = frame.Stack[frame.StackTop - 4]!;
        var tb = (val as PyBaseException)?.Traceback ?? PyNone.None;
        var res = CallObject(exit, [val.Type, val, tb]);
        frame.Push(res);
    }

    /// <summary>
    /// The heap's finalizer hook (tp_finalize / tp_del): runs <c>__del__</c> once (PEP 442) or closes an
    /// unfinished generator. The object is resurrected while it runs; true if it is still referenced after.
    /// </summary>
    private bool RunFinalizer(PyObject obj)
    {
        if ((obj.Flags & ObjectFlags.Finalized) != 0) return false;
        PyObject? del = null;
        if (obj is PyGenerator gen)
        {
            if (gen.Frame is null || !gen.Started) return false;
        }
        else
        {
            if (!obj.Type.HasDel) return false;
            del = obj.Type.Lookup(DelName);
            if (del is null) return false;
        }
        obj.Flags |= ObjectFlags.Finalized;
        obj.RefCnt = 1; // temporarily resurrect (PyObject_CallFinalizerFromDealloc)
        Heap.Gc.Track(obj); // subtype_dealloc / gen_dealloc track the object again around the finalizer
        var ts = Thread;
        var savedExc = ts.ExcInfo.Value;
        using var held = Heap.Hold(obj);
        BeforeCallback?.Invoke();
        if (obj is PyGenerator g)
        {
            try
            {
                GeneratorClose(g);
            }
            catch (PyException e)
            {
                WriteUnraisable(e.Value, obj);
            }
        }
        else
        {
            CallDel(obj, del!);
        }
        if (--obj.RefCnt == 0) return false;
        return true; // resurrected
    }

    /// <summary>
    /// slot_tp_finalize: <c>__del__</c> found on the type is called as lookup_maybe_method + call_unbound_noarg
    /// do it — a function gets the instance, a descriptor is bound with <c>__get__</c> and called with no
    /// arguments, anything else is called with none. Errors are unraisable, reported against what was called.
    /// </summary>
    internal void CallDel(PyObject obj, PyObject del)
    {
        PyObject callable;
        var unbound = del is PyFunction || del.Type == Types.MethodDescriptor;
        try
        {
            callable = unbound || del.Type.DescrGet is not { } get ? RefCounts.NewRef(del) : get(del, obj, obj.Type);
        }
        catch (PyException e)
        {
            WriteUnraisable(e.Value, del);
            return;
        }
        using var held = Heap.Hold(callable);
        try
        {
            RefCounts.DecRef(unbound ? CallObject(callable, [obj]) : CallObject(callable, []));
        }
        catch (PyException e)
        {
            WriteUnraisable(e.Value, callable);
        }
        finally
        {
            RefCounts.DecRef(callable);
        }
    }

    /// <summary>PyErr_WriteUnraisable: "Exception ignored in: …" and the traceback on stderr; releases <paramref name="exc"/>.</summary>
    internal void WriteUnraisable(PyBaseException exc, PyObject where, string context = "in")
    {
        try
        {
            Stderr.Write($"Exception ignored {context}: " + Abstract.ReprString(where) + "\n");
            Stderr.Write(TracebackPrinter.Format(exc));
        }
        catch (PyException)
        {
            // Printing failed too: nothing more can be reported.
        }
        RefCounts.DecRef(exc);
    }
}
