using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Processes;

/// <summary>
/// A simulated child process, started as os.fork starts one (Lib/multiprocessing/popen_fork.py: Popen._launch): its own
/// <see cref="Interpreter"/> — own heap, own GIL and threads, own modules — whose <c>__main__</c> starts as a copy of the
/// parent's (every global <see cref="ProcessCopier"/> can copy in <see cref="CopyMode.Fork"/>: values, functions, and
/// modules, which the child imports for itself; what it cannot copy — instances, classes defined in __main__, locks,
/// generators — stays behind). Its work runs on the parent's host thread, to completion, when it is asked for, and is
/// placed on a CPU of the <see cref="SimulatedMachine"/>: the child's clock is set to the start, so its instructions
/// advance its own CPU's time. When it exits (os._exit: no finalizers, as in CPython) the whole heap is discarded.
/// </summary>
public sealed class ChildProcess
{
    private readonly StringWriter stdout = new() { NewLine = "\n" };
    private readonly StringWriter stderr = new() { NewLine = "\n" };
    private readonly SimulatedMachine machine;
    private long freeAtNs;

    public ChildProcess(Interpreter parent, string name)
    {
        machine = parent.Machine;
        Name = name;
        Pid = machine.NewPid();
        var child = parent.NewChild(name, Pid, stdout, stderr);
        machine.LiveChildren++;
        using (child.Enter()) CopyMain(parent, child);
        Interpreter = child;
        freeAtNs = parent.Scheduler.Now;
    }

    public string Name { get; }
    public int Pid { get; }

    /// <summary>The child's interpreter; null once the process has exited.</summary>
    public Interpreter? Interpreter { get; private set; }

    /// <summary>When the child's last work ended (a pool hands the next task to the worker free first).</summary>
    public long FreeAtNs => freeAtNs;

    /// <summary>The fork: the child's __main__ gets a copy of every parent global that can be copied.</summary>
    private static void CopyMain(Interpreter parent, Interpreter child)
    {
        var copier = new ProcessCopier(parent, child, CopyMode.Fork);
        var main = child.MainModule.Dict;
        foreach (var (key, value) in parent.MainModule.Dict.Pairs().ToArray())
        {
            if (key is not PyStr { Value: not "__builtins__" } || copier.Check(value) is not null) continue;
            var k = copier.Copy(key);
            var v = copier.Copy(value);
            main.SetItem(k, v);
            RefCounts.DecRef(k);
            RefCounts.DecRef(v);
        }
    }

    /// <summary>
    /// Runs <paramref name="body"/> in the child on a simulated CPU, starting when the parent asks (now) or when the
    /// child is free, whichever is later, and when a CPU is free. The body runs with the child's interpreter current.
    /// </summary>
    public ProcessWork Run(Interpreter parent, Action<Interpreter> body)
    {
        var child = Interpreter ?? throw Errors.ValueError("the process has exited");
        var (cpu, start) = machine.Place(Math.Max(parent.Scheduler.Now, freeAtNs));
        var work = new ProcessWork { ProcessName = Name, Pid = Pid, StartNs = start };
        using (child.Enter())
        {
            child.Scheduler.SetClock(start);
            body(child);
            child.Stdout.Flush();
            child.Stderr.Flush();
            work.EndNs = child.Scheduler.Now;
        }
        freeAtNs = work.EndNs;
        machine.Record(Name, Pid, cpu, start, work.EndNs);
        work.PendingStdout = Take(stdout);
        work.PendingStderr = Take(stderr);
        return work;
    }

    private static string Take(StringWriter w)
    {
        var text = w.ToString();
        w.GetStringBuilder().Clear();
        return text;
    }

    /// <summary>
    /// The process ends (os._exit after BaseProcess._bootstrap): non-daemon threads are joined, then the interpreter
    /// and its heap are discarded without finalization. Returns what was printed since the last work.
    /// </summary>
    public (string Stdout, string Stderr) Exit()
    {
        if (Interpreter is not { } child) return ("", "");
        using (child.Enter())
        {
            child.JoinThreadsAtProcessExit();
            child.Stdout.Flush();
            child.Stderr.Flush();
        }
        child.ChildExiting?.Invoke(child);
        Interpreter = null;
        machine.LiveChildren--;
        return (Take(stdout), Take(stderr));
    }
}
