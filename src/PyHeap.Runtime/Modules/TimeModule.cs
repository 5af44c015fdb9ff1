using PyHeap.Runtime.Builtins;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Threading;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Modules;

/// <summary>
/// time (Modules/timemodule.c) on the simulated clock (Threading/CostModel.cs): every clock reads the scheduler's
/// simulated nanoseconds, and sleep() is a blocking call that releases the GIL and advances only simulated time —
/// the host never sleeps.
/// </summary>
public static class TimeModule
{
    public static PyModule Create(Interpreter interp)
    {
        var module = PyModule.New("time");
        static long Now() => Interpreter.Current.Scheduler.Now;
        NativeFunction seconds = (self, args, kw) => PyFloat.From(Now() / 1e9);
        NativeFunction nanoseconds = (self, args, kw) => PyInt.From(Now());
        foreach (var name in new[] { "perf_counter", "monotonic", "process_time", "thread_time" })
            module.AddFunction(name, seconds);
        foreach (var name in new[] { "perf_counter_ns", "monotonic_ns", "process_time_ns", "thread_time_ns" })
            module.AddFunction(name, nanoseconds);
        module.AddFunction("time", (self, args, kw) =>
        {
            NativeArgs.None("time", args, kw);
            return PyFloat.From(CostModel.EpochSeconds + Now() / 1e9);
        });
        module.AddFunction("time_ns", (self, args, kw) =>
        {
            NativeArgs.None("time_ns", args, kw);
            return PyInt.From(checked((long)CostModel.EpochSeconds * 1_000_000_000L + Now()));
        });
        module.AddFunction("sleep", Sleep);
        return module;
    }

    /// <summary>time.sleep(secs): pysleep with the GIL released; sleep(0) just lets a waiting thread in.</summary>
    private static PyObject Sleep(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        NativeArgs.ExactlyOne("sleep", args, kw);
        var secs = TimeArgs.Seconds(args[0]);
        if (secs < 0) throw Errors.ValueError("sleep length must be non-negative");
        Interpreter.Current.Scheduler.WaitFor(null, static () => false, secs);
        return PyNone.None;
    }
}
