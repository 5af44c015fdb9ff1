using PyHeap.Runtime.Threading;

using ThreadState = PyHeap.Runtime.Vm.ThreadState;

namespace PyHeap.Runtime.Processes;

/// <summary>
/// One piece of work a child process did — a Process's target, or a pool task — as the parent sees it: when it ends on
/// the simulated clock (the parent's join/get block until then, as a wait on the process sentinel or the result pipe
/// does), what it printed (written to the parent's streams when the parent first observes it ended). Its outcome is copied into the parent's
/// heap and kept by the Python side (multiprocessing.py), where the heap audit sees it. Threads waiting for it are its waiters.
/// </summary>
public sealed class ProcessWork : IWaitable
{
    public required string ProcessName { get; init; }
    public required int Pid { get; init; }
    public long StartNs { get; internal set; }
    public long EndNs { get; internal set; }

    /// <summary>The exit status of a Process (0, sys.exit's code, 1 after an uncaught exception).</summary>
    public int ExitCode { get; internal set; }

    internal string PendingStdout { get; set; } = "";
    internal string PendingStderr { get; set; } = "";

    public List<ThreadState> Waiters { get; } = [];

    /// <summary>Writes what the child printed to the parent's streams, once.</summary>
    internal void FlushOutput(Vm.Interpreter parent)
    {
        if (PendingStdout.Length > 0) parent.Stdout.Write(PendingStdout);
        parent.Stdout.Flush();
        if (PendingStderr.Length > 0) parent.Stderr.Write(PendingStderr);
        parent.Stderr.Flush();
        PendingStdout = "";
        PendingStderr = "";
    }

}
