using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Processes;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Modules;

/// <summary>
/// One task for a pool worker, as Lib/multiprocessing/pool.py's worker() runs it: the function and the calls are pickled
/// into the worker (by value, functions by reference — so a lambda is refused in the parent, and a function the worker's
/// fork did not see is an AttributeError in the worker), each call runs, and the list of results (or the exception
/// that stopped the task) is pickled back; a result that cannot be pickled becomes MaybeEncodingError's arguments.
/// </summary>
internal static class PoolTask
{
    /// <summary>Outcome codes of apply(): the results, the exception raised, a result that could not be sent back.</summary>
    private const int Ok = 0, Raised = 1, Unsendable = 2;

    /// <summary>
    /// apply(workers, func, calls) → (work, status, value): runs the calls (a list of (args, kwargs)) on the worker that
    /// is free first (ties: the first in the list). Pickling errors in the parent are raised here, as the task handler
    /// thread would report them to the result.
    /// </summary>
    public static PyObject Apply(ReadOnlySpan<PyObject> args)
    {
        if (args.Length != 3 || args[0] is not PyList handles || args[2] is not PyList) throw Errors.TypeError("apply(workers, func, calls)");
        var parent = Interpreter.Current;
        ChildProcess? worker = null;
        foreach (var h in handles.Items)
        {
            var c = parent.Machine.Child(Abstract.AsIndex(h));
            if (c.Interpreter is not null && (worker is null || c.FreeAtNs < worker.FreeAtNs)) worker = c;
        }
        if (worker is null) throw Errors.ValueError("Pool not running");
        var toChild = new ProcessCopier(parent, worker.Interpreter!, CopyMode.Pickle);
        if ((toChild.Check(args[1]) ?? toChild.Check(args[2])) is { } problem) throw problem.ToException();
        PyObject func = args[1], calls = args[2];
        PyObject? outcome = null;
        var failed = false;
        var work = worker.Run(parent, ci =>
        {
            PyObject? f = null, c = null;
            try
            {
                f = toChild.Copy(func);
                c = toChild.Copy(calls);
                var results = PyList.New();
                outcome = results;
                foreach (var call in ((PyList)c).Items.ToArray())
                {
                    var pair = (PyTuple)call;
                    results.AppendSteal(ci.CallWithTupleAndDict(f, (PyTuple)pair.Items[0], pair.Items[1] as PyDict));
                }
            }
            catch (PyException e)
            {
                if (outcome is not null) RefCounts.DecRef(outcome);
                outcome = e.Value;
                failed = true;
            }
            finally
            {
                if (f is not null) RefCounts.DecRef(f);
                if (c is not null) RefCounts.DecRef(c);
            }
        });
        var handle = PyInt.From(parent.Machine.Register(work));
        var child = worker.Interpreter!;
        var back = new ProcessCopier(child, parent, CopyMode.Pickle);
        PyObject value;
        int status;
        if (back.Check(outcome!) is { } unsendable)
        {
            string repr;
            using (child.Enter()) repr = SafeRepr(outcome!);
            var exc = unsendable.ToException().Value;
            value = PyTuple.Steal([PyStr.From(repr), exc]);
            status = Unsendable;
        }
        else
        {
            value = back.Copy(outcome!);
            status = failed ? Raised : Ok;
        }
        using (child.Enter()) RefCounts.DecRef(outcome!);
        return PyTuple.Steal([handle, PyInt.From(status), value]);
    }

    private static string SafeRepr(PyObject o)
    {
        try
        {
            return Abstract.ReprString(o);
        }
        catch (PyException e)
        {
            RefCounts.DecRef(e.Value);
            return $"<{o.Type.Name} object>";
        }
    }
}
