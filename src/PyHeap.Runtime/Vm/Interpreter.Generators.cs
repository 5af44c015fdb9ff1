using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;

namespace PyHeap.Runtime.Vm;

public sealed partial class Interpreter
{
    /// <summary>RETURN_GENERATOR: the frame becomes the generator's; the caller gets the generator.</summary>
    private (Frame? Caller, bool WasEntry, PyGenerator Gen) ReturnGenerator(Frame frame)
    {
        var ts = Thread;
        var gen = PyGenerator.New(frame, frame.Function.Name, frame.Function.QualName);
        var caller = frame.Previous;
        var wasEntry = frame.IsEntry;
        frame.IsEntry = false;
        frame.Previous = null;
        ts.Frame = caller;
        ts.Depth--;
        return (caller, wasEntry, gen);
    }

    /// <summary>
    /// Resumes <paramref name="gen"/> from the loop (FOR_ITER, SEND): pushes the sent value on its stack and
    /// links its frame above <paramref name="caller"/>. Null when the generator has already finished.
    /// </summary>
    private Frame? StartGenerator(Frame caller, PyGenerator gen, PyObject value, ResumeMode mode, int target)
    {
        var frame = EnterGenerator(gen, value);
        if (frame is null) return null;
        frame.Previous = caller;
        caller.PendingMode = mode;
        caller.PendingTarget = target;
        Thread.Frame = frame;
        return frame;
    }

    /// <summary>Checks and marks the generator running; pushes the sent value; swaps in its exception state.</summary>
    private Frame? EnterGenerator(PyGenerator gen, PyObject value)
    {
        if (gen.Running) throw Errors.ValueError("generator already executing");
        var frame = gen.Frame;
        if (frame is null) return null;
        if (!gen.Started && !ReferenceEquals(value, PyNone.None))
            throw Errors.TypeError("can't send non-None value to a just-started generator");
        var ts = Thread;
        if (ts.Depth >= RecursionLimit) throw Errors.New(ExceptionTypes.RecursionError, "maximum recursion depth exceeded");
        RefCounts.IncRef(value);
        frame.Push(value);
        gen.Running = true;
        gen.Started = true;
        gen.ExcState.Previous = ts.ExcInfo;
        ts.ExcInfo = gen.ExcState;
        ts.Depth++;
        return frame;
    }

    /// <summary>YIELD_VALUE: takes the generator's frame off the thread and returns to whoever resumed it.</summary>
    private Frame? SuspendGenerator(Frame frame, out bool wasEntry)
    {
        var ts = Thread;
        var gen = frame.Generator!;
        gen.Running = false;
        ts.ExcInfo = gen.ExcState.Previous!;
        gen.ExcState.Previous = null;
        var caller = frame.Previous;
        frame.Previous = null;
        wasEntry = frame.IsEntry;
        frame.IsEntry = false;
        ts.Frame = caller;
        ts.Depth--;
        return caller;
    }

    /// <summary>The generator's frame finished (returned or raised): restore exception state, drop the frame.</summary>
    private void FinishGenerator(PyGenerator gen)
    {
        var ts = Thread;
        gen.Running = false;
        if (ReferenceEquals(ts.ExcInfo, gen.ExcState))
        {
            ts.ExcInfo = gen.ExcState.Previous!;
            gen.ExcState.Previous = null;
        }
        var frame = gen.Frame;
        if (frame is not null)
        {
            frame.Previous = null;
            frame.IsEntry = false;
        }
        gen.ClearFrame();
    }

    /// <summary>SEND (yield from): delegates one step to the sub-iterator on top of the stack.</summary>
    private Frame? Send(Frame frame, int target)
    {
        var v = frame.Stack[frame.StackTop - 1]!;
        var receiver = frame.Stack[frame.StackTop - 2]!;
        if (receiver is PyGenerator gen && receiver.Type == Types.Generator)
        {
            frame.StackTop--;
            frame.Stack[frame.StackTop] = null;
            try
            {
                var next = StartGenerator(frame, gen, v, ResumeMode.Send, target);
                if (next is not null) return next;
            }
            finally
            {
                RefCounts.DecRef(v);
            }
            // Finished: yield from returns None.
            RefArray.Store(frame.Stack, frame.StackTop - 1, PyNone.None);
            RefCounts.DecRef(receiver);
            frame.Pc = target;
            return null;
        }
        PyObject? item = ReferenceEquals(v, PyNone.None)
            ? Abstract.IterNext(receiver)
            : CallMethod(receiver, "send", [v]);
        frame.StackTop--;
        frame.Stack[frame.StackTop] = null;
        RefCounts.DecRef(v);
        if (item is not null)
        {
            frame.Push(item);
            return null;
        }
        RefArray.Store(frame.Stack, frame.StackTop - 1, PyNone.None);
        RefCounts.DecRef(receiver);
        frame.Pc = target;
        return null;
    }

    /// <summary>
    /// Resumes a generator from C# (next(), send(), list(gen) …). Returns the yielded value, or null when the
    /// generator returned — then <paramref name="returnValue"/> holds the return value (owned).
    /// </summary>
    public PyObject? GeneratorSend(PyGenerator gen, PyObject value, out PyObject? returnValue)
    {
        returnValue = null;
        var frame = EnterGenerator(gen, value);
        if (frame is null) return null;
        return RunGeneratorFrame(gen, frame, null, out returnValue);
    }

    /// <summary>gen.throw(exc): raises <paramref name="exc"/> (owned) at the suspended yield.</summary>
    public PyObject? GeneratorThrow(PyGenerator gen, PyBaseException exc, out PyObject? returnValue)
    {
        returnValue = null;
        if (gen.Running)
        {
            RefCounts.DecRef(exc);
            throw Errors.ValueError("generator already executing");
        }
        if (gen.Frame is null) throw new PyException(exc);
        var frame = EnterGenerator(gen, PyNone.None)!;
        // The sent value is not wanted when throwing.
        RefCounts.DecRef(frame.Pop()!);
        return RunGeneratorFrame(gen, frame, exc, out returnValue);
    }

    private PyObject? RunGeneratorFrame(PyGenerator gen, Frame frame, PyBaseException? throwing, out PyObject? returnValue)
    {
        var ts = Thread;
        frame.IsEntry = true;
        frame.Previous = ts.Frame;
        ts.Frame = frame;
        PyObject result;
        if (throwing is null)
        {
            result = Resume(frame);
        }
        else
        {
            var f = frame;
            if (!Unwind(ref f, ref throwing, addTraceback: true)) throw new PyException(throwing) { Propagating = true };
            result = Resume(f);
        }
        if (gen.IsFinished)
        {
            returnValue = result;
            return null;
        }
        returnValue = null;
        return result;
    }

    /// <summary>gen.close(): throws GeneratorExit in; an ignoring generator is a RuntimeError.</summary>
    public void GeneratorClose(PyGenerator gen)
    {
        if (gen.Frame is null) return;
        if (!gen.Started)
        {
            gen.ClearFrame();
            return;
        }
        PyObject? yielded;
        PyObject? returned;
        try
        {
            yielded = GeneratorThrow(gen, Errors.NoArgs(ExceptionTypes.GeneratorExit).Value, out returned);
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.GeneratorExit) || e.Value.Type.IsSubtypeOf(ExceptionTypes.StopIteration))
        {
            RefCounts.DecRef(e.Value);
            return;
        }
        RefCounts.XDecRef(returned);
        if (yielded is not null)
        {
            RefCounts.DecRef(yielded);
            throw Errors.RuntimeError("generator ignored GeneratorExit");
        }
    }

    /// <summary>Calls obj.name(*args) (new reference).</summary>
    public PyObject CallMethod(PyObject obj, string name, PyObject[] args)
    {
        var method = Abstract.GetAttr(obj, PyStr.Intern(name));
        try
        {
            return CallObject(method, args);
        }
        finally
        {
            RefCounts.DecRef(method);
        }
    }
}
