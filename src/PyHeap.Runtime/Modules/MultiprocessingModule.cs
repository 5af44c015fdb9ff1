using PyHeap.Runtime.Builtins;
using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Processes;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Modules;

/// <summary>
/// _multiprocessing: the native layer PyHeap's multiprocessing.py is written on. It stands in for what CPython gets from
/// the operating system — os.fork (Lib/multiprocessing/popen_fork.py), the pipes that carry pickles, the process
/// sentinel join() waits on — with simulated processes (Processes/ChildProcess.cs) on a simulated machine. Handles are
/// plain ints: nothing here keeps a reference into any heap.
/// </summary>
public static class MultiprocessingModule
{
    public static PyModule Create(Interpreter interp)
    {
        var module = PyModule.New("_multiprocessing");
        module.AddFunction("cpu_count", (self, args, kw) => PyInt.From(SimulatedMachine.CpuCount));
        module.AddFunction("current", (self, args, kw) =>
        {
            var i = Interpreter.Current;
            return PyTuple.Steal([PyStr.From(i.ProcessName), PyInt.From(i.Pid), i.ParentPid is { } p ? PyInt.From(p) : PyNone.None]);
        });
        module.AddFunction("start_process", (self, args, kw) => PyInt.From(StartProcess(args)));
        module.AddFunction("fork", (self, args, kw) =>
        {
            NativeArgs.ExactlyOne("fork", args, kw);
            var parent = Interpreter.Current;
            return PyInt.From(parent.Machine.Register(new ChildProcess(parent, Abstract.StrString(args[0]))));
        });
        module.AddFunction("apply", (self, args, kw) => PoolTask.Apply(args));
        module.AddFunction("exit", (self, args, kw) =>
        {
            NativeArgs.ExactlyOne("exit", args, kw);
            var parent = Interpreter.Current;
            var child = parent.Machine.Child(Abstract.AsIndex(args[0]));
            var (o, e) = child.Exit();
            new ProcessWork { ProcessName = child.Name, Pid = child.Pid, PendingStdout = o, PendingStderr = e }.FlushOutput(parent);
            return PyNone.None;
        });
        module.AddFunction("pid", (self, args, kw) => PyInt.From(Work(args).Pid));
        module.AddFunction("exitcode", (self, args, kw) => PyInt.From(Work(args).ExitCode));
        module.AddFunction("start_ns", (self, args, kw) => PyInt.From(Work(args).StartNs));
        module.AddFunction("end_ns", (self, args, kw) => PyInt.From(Work(args).EndNs));
        module.AddFunction("done", (self, args, kw) =>
        {
            var work = Work(args);
            var parent = Interpreter.Current;
            if (parent.Scheduler.Now < work.EndNs) return PyBool.False;
            work.FlushOutput(parent);
            return PyBool.True;
        });
        module.AddFunction("wait", Wait);
        module.AddFunction("bursts", (self, args, kw) => Bursts());
        return module;
    }

    private static ProcessWork Work(ReadOnlySpan<PyObject> args) =>
        Interpreter.Current.Machine.Work(Abstract.AsIndex(args[0]));

    /// <summary>wait(work, timeout): blocks (GIL released) until the work has ended on the simulated clock; False on timeout.</summary>
    private static PyObject Wait(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        NativeArgs.Range("wait", args, kw, 2, 2);
        var work = Work(args);
        var timeout = args[1] is PyNone ? -1 : Math.Max(0, Threading.TimeArgs.Seconds(args[1]));
        var parent = Interpreter.Current;
        if (!parent.Scheduler.WaitUntil(work, work.EndNs, timeout)) return PyBool.False;
        work.FlushOutput(parent);
        return PyBool.True;
    }

    /// <summary>
    /// start_process(name, target, args, kwargs): Process.start with the fork start method — the child is forked now,
    /// runs target(*args, **kwargs) as BaseProcess._bootstrap does (exit code 0, SystemExit's code, or 1 with
    /// "Process NAME:" and the traceback on stderr), joins its threads and exits.
    /// </summary>
    private static long StartProcess(ReadOnlySpan<PyObject> args)
    {
        if (args.Length != 4) throw Errors.TypeError("start_process expected 4 arguments");
        PyObject target = args[1], targs = args[2], tkwargs = args[3];
        var name = Abstract.StrString(args[0]);
        var parent = Interpreter.Current;
        var child = new ChildProcess(parent, name);
        var copier = new ProcessCopier(parent, child.Interpreter!, CopyMode.Fork);
        if ((copier.Check(target) ?? copier.Check(targs) ?? copier.Check(tkwargs)) is { } problem)
        {
            child.Exit();
            throw problem.ToException();
        }
        var exitCode = 0;
        var work = child.Run(parent, ci =>
        {
            PyObject? t = null, a = null, k = null;
            try
            {
                t = copier.Copy(target);
                a = copier.Copy(targs);
                k = copier.Copy(tkwargs);
                RefCounts.DecRef(ci.CallWithTupleAndDict(t, (PyTuple)a, k as PyDict));
            }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.SystemExit))
            {
                exitCode = ci.ProcessExitStatus(e.Value);
            }
            catch (PyException e)
            {
                ci.Stdout.Flush();
                ci.Stderr.Write($"Process {name}:\n" + BootstrapTraceback(e.Value));
                RefCounts.DecRef(e.Value);
                exitCode = 1;
            }
            finally
            {
                if (t is not null) RefCounts.DecRef(t);
                if (a is not null) RefCounts.DecRef(a);
                if (k is not null) RefCounts.DecRef(k);
            }
            ci.JoinThreadsAtProcessExit();
        });
        work.ExitCode = exitCode & 0xff;
        var (o, e) = child.Exit();
        work.PendingStdout += o;
        work.PendingStderr += e;
        return parent.Machine.Register(work);
    }

    /// <summary>traceback.print_exc() inside BaseProcess._bootstrap: the library's two frames come first.</summary>
    private static string BootstrapTraceback(PyBaseException e)
    {
        const string Header = "Traceback (most recent call last):\n";
        const string Bootstrap =
            "  File \"/usr/lib/python3.11/multiprocessing/process.py\", line 314, in _bootstrap\n" +
            "    self.run()\n" +
            "  File \"/usr/lib/python3.11/multiprocessing/process.py\", line 108, in run\n" +
            "    self._target(*self._args, **self._kwargs)\n";
        var text = TracebackPrinter.Format(e);
        return text.StartsWith(Header, StringComparison.Ordinal) ? Header + Bootstrap + text[Header.Length..] : text;
    }

    /// <summary>bursts(): every piece of child work so far as (process, pid, cpu, start_ns, end_ns), for notebooks.</summary>
    private static PyObject Bursts()
    {
        var list = PyList.New();
        foreach (var b in Interpreter.Current.Machine.Bursts)
        {
            list.AppendSteal(PyTuple.Steal([PyStr.From(b.Process), PyInt.From(b.Pid), PyInt.From(b.Cpu), PyInt.From(b.StartNs), PyInt.From(b.EndNs)]));
        }
        return list;
    }
}
