namespace PyHeap.Runtime.Processes;

/// <summary>A stretch of work one simulated process did on one simulated CPU (a Process's target, or one pool task).</summary>
public sealed record CpuBurst(string Process, int Pid, int Cpu, long StartNs, long EndNs)
{
    public long DurationNs => EndNs - StartNs;
}
