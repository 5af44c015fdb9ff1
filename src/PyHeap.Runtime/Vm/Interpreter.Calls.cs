using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;

namespace PyHeap.Runtime.Vm;

public sealed partial class Interpreter
{
    /// <summary>PRECALL: a bound method in the callable slot is split into [function, self] (3.11 ceval.c).</summary>
    private static void Precall(Frame frame, int oparg)
    {
        var s = frame.Stack;
        var top = frame.StackTop;
        if (s[top - oparg - 2] is not null) return; // already [method, self]
        if (s[top - oparg - 1] is PyMethod m)
        {
            RefCounts.IncRef(m.Function);
            RefCounts.IncRef(m.Self);
            RefArray.Store(s, top - oparg - 1, m.Self);
            RefArray.Store(s, top - oparg - 2, m.Function);
            RefCounts.DecRef(m);
        }
    }

    /// <summary>
    /// CALL: a plain Python function gets a new frame that takes the arguments and the function over from the
    /// stack (3.11 _PyEvalFramePushAndInit), and is returned for the loop to switch to. Anything else is called
    /// from C#, then the callable and arguments are released.
    /// </summary>
    private Frame? Call(Frame frame, int oparg)
    {
        var s = frame.Stack;
        var top = frame.StackTop;
        var isMeth = s[top - oparg - 2] is not null;
        var totalArgs = oparg + (isMeth ? 1 : 0);
        var function = s[top - totalArgs - 1]!;
        var kwnames = frame.KwNames;
        frame.KwNames = null;
        var argsStart = top - totalArgs;
        if (function is PyFunction f)
        {
            if (kwnames is null && FrameFactory.BindsPositionally(f, totalArgs))
            {
                // The common case without the intermediate argument array: same references, same order.
                var direct = FrameFactory.AllocatePositional(this, f);
                Array.Copy(s, argsStart, direct.Fast, 0, totalArgs);
                frame.StackTop = argsStart - (isMeth ? 1 : 2);
                Array.Clear(s, frame.StackTop, top - frame.StackTop);
                FrameFactory.TakeReferences(direct);
                PushFrame(frame, direct);
                return direct;
            }
            var args = new PyObject?[totalArgs];
            Array.Copy(s, argsStart, args, 0, totalArgs);
            // The new frame owns the function and the arguments from here on.
            frame.StackTop = argsStart - (isMeth ? 1 : 2);
            Array.Clear(s, frame.StackTop, top - frame.StackTop);
            var callee = FrameFactory.Create(this, f, args, kwnames);
            PushFrame(frame, callee);
            return callee;
        }
        PyObject result;
        try
        {
            result = CallNative(function, frame.StackSlice(argsStart, totalArgs), kwnames);
        }
        catch (Threading.ThreadSwitchSignal)
        {
            frame.KwNames = kwnames; // the CALL runs again when the blocked thread resumes
            throw;
        }
        // ceval.c CALL: Py_DECREF(function), then the arguments first to last, the result in a C local.
        var roots = Heap.TempRoots;
        roots.Add(result);
        s[argsStart - 1] = null;
        RefCounts.DecRef(function);
        for (var i = argsStart; i < top; i++)
        {
            var a = s[i];
            s[i] = null;
            RefCounts.DecRef(a!);
        }
        roots.RemoveAt(roots.Count - 1);
        frame.StackTop = argsStart - (isMeth ? 1 : 2);
        Array.Clear(s, frame.StackTop, argsStart - frame.StackTop);
        RefArray.Store(s, frame.StackTop++, result);
        return null;
    }

    /// <summary>Links a callee frame above <paramref name="caller"/>, checking the recursion limit first.</summary>
    private void PushFrame(Frame caller, Frame callee)
    {
        var ts = Thread;
        if (ts.Depth >= RecursionLimit)
        {
            callee.Clear();
            throw Errors.New(ExceptionTypes.RecursionError, "maximum recursion depth exceeded");
        }
        callee.Previous = caller;
        caller.PendingMode = ResumeMode.PushResult;
        ts.Frame = callee;
        ts.Depth++;
    }

    /// <summary>
    /// CALL_FUNCTION_EX: [NULL, callable, args tuple, kwargs dict?]. A Python function (or a method of one) called
    /// without keywords runs as a frame of this loop, returned for the loop to switch to: the stack entries stay
    /// until it returns, as they stay on CPython's stack during PyObject_Call, and no host recursion happens (so a
    /// thread's target, called as target(*args, **kwargs), can still be switched out). Anything else is called from C#.
    /// </summary>
    private Frame? CallFunctionEx(Frame frame, int flags)
    {
        var s = frame.Stack;
        var hasKw = (flags & 1) != 0;
        var kwargs = hasKw ? s[frame.StackTop - 1] as PyDict : null;
        var callargs = s[frame.StackTop - (hasKw ? 2 : 1)]!;
        var func = s[frame.StackTop - (hasKw ? 3 : 2)]!;
        if (callargs is not PyTuple tuple)
        {
            if (callargs.Type.Iter is null && callargs.Type.GetItem is null)
                throw Errors.TypeError($"{Abstract.FunctionDescription(func)} argument after * must be an iterable, not {callargs.Type.Name}");
            tuple = Abstract.SequenceTuple(callargs);
            RefArray.Store(s, frame.StackTop - (hasKw ? 2 : 1), tuple);
            RefCounts.DecRef(callargs);
        }
        if ((kwargs is null || kwargs.Count == 0) && InlineTarget(func, tuple) is { } callee)
        {
            PushFrame(frame, callee);
            frame.PendingMode = ResumeMode.CallFunctionEx;
            frame.PendingTarget = hasKw ? 4 : 3;
            return callee;
        }
        var result = CallWithTupleAndDict(func, tuple, kwargs);
        PopAndRelease(frame, hasKw ? 4 : 3);
        frame.Push(result);
        return null;
    }

    /// <summary>A frame for func(*args) when func is a Python function or a bound method of one (the frame owns its arguments).</summary>
    private Frame? InlineTarget(PyObject func, PyTuple args)
    {
        PyFunction f;
        PyObject? self = null;
        if (func is PyFunction plain) f = plain;
        else if (func is PyMethod { Function: PyFunction mf } m)
        {
            f = mf;
            self = m.Self;
        }
        else return null;
        var offset = self is null ? 0 : 1;
        var owned = new PyObject?[args.Count + offset];
        if (self is not null) owned[0] = self;
        for (var i = 0; i < args.Count; i++) owned[i + offset] = args.Items[i];
        foreach (var a in owned) RefCounts.IncRef(a!);
        RefCounts.IncRef(f);
        return FrameFactory.Create(this, f, owned, null);
    }

    /// <summary>PyObject_Call: positional args from a tuple and keyword args from a dict (borrowed).</summary>
    public PyObject CallWithTupleAndDict(PyObject callable, PyTuple args, PyDict? kwargs)
    {
        if (kwargs is null || kwargs.Count == 0) return CallObject(callable, args.Items, null);
        var all = new PyObject[args.Count + kwargs.Count];
        args.Items.CopyTo(all, 0);
        var names = new PyObject[kwargs.Count];
        var i = 0;
        foreach (var (k, v) in kwargs.Pairs())
        {
            if (k is not PyStr) throw Errors.TypeError("keywords must be strings");
            names[i] = k;
            all[args.Count + i] = v;
            i++;
        }
        var kwnames = PyTuple.FromBorrowed(names);
        // Models Objects/call.c: _PyStack_UnpackDict — the unpacked argument array holds its own references.
        foreach (var a in all) RefCounts.IncRef(a);
        try
        {
            return CallObject(callable, all, kwnames);
        }
        finally
        {
            foreach (var a in all) RefCounts.DecRef(a);
            RefCounts.DecRef(kwnames);
        }
    }

    /// <summary>
    /// Calls anything from C# with borrowed arguments (PyObject_Vectorcall). Python functions run in a nested
    /// turn of the loop; their frame gets its own references to the arguments (3.11 _PyEval_Vector).
    /// </summary>
    public PyObject CallObject(PyObject callable, ReadOnlySpan<PyObject> args, PyTuple? kwnames = null)
    {
        if (callable is PyFunction f)
        {
            var owned = args.ToArray();
            foreach (var a in owned) RefCounts.IncRef(a);
            RefCounts.IncRef(f);
            var frame = FrameFactory.Create(this, f, owned!, kwnames);
            return RunFrame(frame);
        }
        return CallNative(callable, args, kwnames);
    }

    /// <summary>Calls a non-function callable through its type's call slot.</summary>
    private PyObject CallNative(PyObject callable, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        switch (callable)
        {
            case PyBuiltinFunction b:
                return b.Invoke(args, kwnames);
            case PyMethodDescriptor d:
                return Builtins.DescriptorCalls.CallMethodDescriptor(d, args, kwnames);
            case PyMethod m:
            {
                var all = new PyObject[args.Length + 1];
                all[0] = m.Self;
                args.CopyTo(all.AsSpan(1));
                return CallObject(m.Function, all, kwnames);
            }
        }
        var call = callable.Type.Call ?? throw Errors.TypeError($"'{callable.Type.Name}' object is not callable");
        var ts = Thread;
        if (ts.Depth >= RecursionLimit)
            throw Errors.New(ExceptionTypes.RecursionError, "maximum recursion depth exceeded while calling a Python object");
        ts.Depth++;
        try
        {
            return call(callable, args, kwnames);
        }
        finally
        {
            ts.Depth--;
        }
    }

    /// <summary>Pops a finished frame off the thread; true in <paramref name="wasEntry"/> when it was an entry frame.</summary>
    private Frame? PopFrame(Frame frame, out bool wasEntry)
    {
        var ts = Thread;
        wasEntry = frame.IsEntry;
        var caller = frame.Previous;
        ts.Frame = caller;
        ts.Depth--;
        if (frame.Generator is { } gen) FinishGenerator(gen);
        else frame.Clear();
        return caller;
    }

    /// <summary>Hands a value from a returning or yielding callee to its caller, as the caller asked.</summary>
    private static void Deliver(Frame caller, PyObject value, bool returned)
    {
        var mode = caller.PendingMode;
        caller.PendingMode = ResumeMode.PushResult;
        switch (mode)
        {
            case ResumeMode.ForIter when returned:
            {
                RefCounts.DecRef(value);
                var it = caller.Pop()!;
                RefCounts.DecRef(it);
                caller.Pc = caller.PendingTarget;
                break;
            }
            case ResumeMode.Send when returned:
            {
                var receiver = caller.Stack[caller.StackTop - 1]!;
                RefArray.Store(caller.Stack, caller.StackTop - 1, value);
                RefCounts.DecRef(receiver);
                caller.Pc = caller.PendingTarget;
                break;
            }
            case ResumeMode.CallFunctionEx:
            {
                // ceval.c CALL_FUNCTION_EX: the result is a C local while func, callargs and kwargs are released.
                var roots = Heap.Current.TempRoots;
                roots.Add(value);
                PopAndRelease(caller, caller.PendingTarget);
                roots.RemoveAt(roots.Count - 1);
                caller.Push(value);
                break;
            }
            default:
                caller.Push(value);
                break;
        }
    }
}
