namespace PyHeap.Runtime.Processes;

/// <summary>
/// The machine simulated processes run on: <see cref="CpuCount"/> CPUs, each free from some time on the simulated clock.
/// A child process's work is placed on the CPU that is free first (list scheduling, ties to the lowest CPU) and starts
/// when both the work was asked for and that CPU is free; the processes run in parallel, so wall time is the latest end
/// over the CPUs — two CPU-bound children take about half the serial time. Deterministic: no host process or host
/// thread is ever started (a child runs on the parent's host thread, to completion, when it is started).
/// Simplifications: the parent process is not placed on a CPU (it mostly waits in join/get), and a child keeps its
/// CPU for the whole of its work, time.sleep included.
/// </summary>
public sealed class SimulatedMachine
{
    /// <summary>os.cpu_count() / multiprocessing.cpu_count() of the simulated machine.</summary>
    public const int CpuCount = 2;

    /// <summary>The main process's simulated pid; children count up from it.</summary>
    public const int MainPid = 1000;

    private readonly long[] cpuFreeAt = new long[CpuCount];
    private int lastPid = MainPid;

    /// <summary>Every piece of work done by a child process, in the order it was placed.</summary>
    public List<CpuBurst> Bursts { get; } = [];

    /// <summary>Child processes that have been forked and not yet exited.</summary>
    public int LiveChildren { get; internal set; }

    internal int NewPid() => ++lastPid;

    private readonly Dictionary<long, ProcessWork> work = [];
    private readonly Dictionary<long, ChildProcess> children = [];
    private long lastHandle;

    /// <summary>A handle Python code keeps for a piece of work or a child (an int: no reference into any heap).</summary>
    internal long Register(ProcessWork w)
    {
        work[++lastHandle] = w;
        return lastHandle;
    }

    internal long Register(ChildProcess c)
    {
        children[++lastHandle] = c;
        return lastHandle;
    }

    internal ProcessWork Work(long handle) => work.TryGetValue(handle, out var w) ? w : throw Vm.Errors.ValueError("unknown process work handle");

    internal ChildProcess Child(long handle) => children.TryGetValue(handle, out var c) ? c : throw Vm.Errors.ValueError("unknown child process handle");

    /// <summary>Where work asked for at <paramref name="requestNs"/> runs: the CPU free first, and the start time.</summary>
    internal (int Cpu, long StartNs) Place(long requestNs)
    {
        var cpu = 0;
        for (var i = 1; i < CpuCount; i++) if (cpuFreeAt[i] < cpuFreeAt[cpu]) cpu = i;
        return (cpu, Math.Max(requestNs, cpuFreeAt[cpu]));
    }

    /// <summary>The work placed on <paramref name="cpu"/> ran until <paramref name="endNs"/>.</summary>
    internal void Record(string process, int pid, int cpu, long startNs, long endNs)
    {
        cpuFreeAt[cpu] = Math.Max(cpuFreeAt[cpu], endNs);
        Bursts.Add(new CpuBurst(process, pid, cpu, startNs, endNs));
    }
}
