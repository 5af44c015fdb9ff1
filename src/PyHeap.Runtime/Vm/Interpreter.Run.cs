using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;

namespace PyHeap.Runtime.Vm;

public sealed partial class Interpreter
{
    /// <summary>
    /// Runs <paramref name="frame"/> (whose references it owns) to completion on the current thread and
    /// returns its result (owned). Exceptions that leave the frame propagate as <see cref="PyException"/>.
    /// Models Python/ceval.c: _PyEval_EvalFrameDefault with an entry frame.
    /// </summary>
    internal PyObject RunFrame(Frame frame)
    {
        var ts = Thread;
        if (ts.Depth >= RecursionLimit)
        {
            frame.Clear();
            throw Errors.New(ExceptionTypes.RecursionError, "maximum recursion depth exceeded");
        }
        frame.IsEntry = true;
        frame.Previous = ts.Frame;
        ts.Frame = frame;
        ts.Depth++;
        return Resume(frame);
    }

    /// <summary>Continues an entry frame already on the thread (a generator being resumed from C#).</summary>
    internal PyObject Resume(Frame entry)
    {
        // The scheduler unwinds a thread only from its base turn of the loop (Threading/Scheduler.cs).
        var ts = Thread;
        ts.LoopNesting++;
        try
        {
            return ResumeLoop(entry);
        }
        finally
        {
            ts.LoopNesting--;
        }
    }

    private PyObject ResumeLoop(Frame entry)
    {
        var frame = entry;
        while (true)
        {
            try
            {
                return Loop(frame);
            }
            catch (PyException e)
            {
                frame = Thread.Frame!;
                if (!e.Propagating) ApplyContext(e.Value);
                var exc = e.Value;
                if (!Unwind(ref frame, ref exc, addTraceback: !e.SkipTraceback))
                {
                    if (!ReferenceEquals(exc, e.Value)) throw new PyException(exc) { Propagating = true };
                    e.Propagating = true;
                    e.SkipTraceback = false;
                    throw;
                }
            }
            catch (SimulatedMemoryExhausted)
            {
                frame = Thread.Frame!;
                var memoryError = Errors.NoArgs(ExceptionTypes.MemoryError).Value;
                if (!Unwind(ref frame, ref memoryError, addTraceback: true))
                    throw new PyException(memoryError) { Propagating = true };
            }
        }
    }

    /// <summary>
    /// Finds a handler for <paramref name="exc"/> (whose reference we own), starting in <paramref name="frame"/>
    /// and walking out through callers up to the entry frame. True: the frame to continue with is set up at its
    /// handler. False: the entry frame was left; the thread's frame is the entry's caller.
    /// </summary>
    private bool Unwind(ref Frame frame, ref PyBaseException exc, bool addTraceback)
    {
        var ts = Thread;
        while (true)
        {
            if (addTraceback)
            {
                // Making the traceback allocates (and may collect) while the exception is the error indicator.
                using (Heap.Hold(exc)) AddTraceback(frame, exc);
            }
            addTraceback = true;
            if (FindHandler(frame, exc)) return true;
            // No handler: the frame is finished.
            var wasEntry = frame.IsEntry;
            var caller = frame.Previous;
            ts.Frame = caller;
            ts.Depth--;
            // The exception in flight is the thread's error indicator while the frame's locals are released.
            using (Heap.Hold(exc))
            {
                if (frame.Generator is { } gen) FinishGenerator(gen);
                frame.Clear();
            }
            if (frame.Generator is not null && exc.Type.IsSubtypeOf(ExceptionTypes.StopIteration)) exc = GeneratorRaisedStopIteration(exc);
            if (wasEntry) return false;
            frame = caller!;
            frame.PendingMode = ResumeMode.PushResult;
        }
    }

    /// <summary>PEP 479: a StopIteration leaving a generator becomes RuntimeError, chained to it.</summary>
    private static PyBaseException GeneratorRaisedStopIteration(PyBaseException stop)
    {
        var error = Errors.RuntimeError("generator raised StopIteration").Value;
        error.SetCause(stop);
        error.SetContext(stop);
        RefCounts.DecRef(stop);
        return error;
    }

    /// <summary>PyTraceBack_Here: prepends an entry for <paramref name="frame"/> to the exception's traceback.</summary>
    private static void AddTraceback(Frame frame, PyBaseException exc)
    {
        var f = PyFrameObject.For(frame);
        var tb = PyTraceback.New(exc.Traceback as PyTraceback, f, frame.LastI, frame.Line);
        exc.SetTraceback(tb);
        RefCounts.DecRef(tb);
    }

    /// <summary>Looks the raising instruction up in the exception table (3.11 get_exception_handler).</summary>
    private static bool FindHandler(Frame frame, PyBaseException exc)
    {
        var table = frame.Code.Code.ExceptionTable;
        // The handler is found from the instruction that raised (next_instr - 1), not from LastI: RERAISE
        // restores LastI to the original instruction for tracebacks (3.11 exception_unwind does the same).
        var at = frame.Pc - 1;
        foreach (var entry in table)
        {
            if (at < entry.Start || at >= entry.End) continue;
            if (frame.StackTop > entry.Depth)
            {
                // Popping may run finalizers while the exception is still only the error indicator.
                using var held = Memory.Heap.Current.Hold(exc);
                while (frame.StackTop > entry.Depth)
                {
                    var v = frame.Stack[--frame.StackTop];
                    frame.Stack[frame.StackTop] = null;
                    RefCounts.XDecRef(v);
                }
            }
            if (entry.Lasti) frame.Push(PyInt.From(frame.LastI));
            frame.Push(exc);
            frame.Pc = entry.Target;
            return true;
        }
        return false;
    }

    /// <summary>_PyErr_SetObject's chaining: a new exception raised while another is handled gets it as __context__.</summary>
    private void ApplyContext(PyBaseException exc)
    {
        var handled = Thread.ExcInfo.Value;
        if (handled is null || ReferenceEquals(handled, exc)) return;
        // Avoid creating a cycle in the context chain (as CPython does).
        PyObject? o = handled;
        while (o is PyBaseException be && be.Context is { } next)
        {
            if (ReferenceEquals(next, exc))
            {
                be.SetContext(null);
                break;
            }
            o = next;
        }
        exc.SetContext(handled);
    }
}
