namespace PyHeap.Runtime.Threading;

/// <summary>
/// The one place that says how fast the simulated CPU is. Simulated time advances only by executing bytecode
/// (<see cref="NanosecondsPerInstruction"/> per instruction, whatever the instruction) and by idling while every
/// thread sleeps or waits for a timeout (the clock jumps to the next deadline). Nothing reads the host clock,
/// so the same program always sees the same times, the same GIL hand-overs and the same interleaving.
/// </summary>
public static class CostModel
{
    /// <summary>Cost of one bytecode instruction: 50 ns, i.e. 20 million instructions per simulated second.</summary>
    public const long NanosecondsPerInstruction = 50;

    /// <summary>sys.getswitchinterval()'s default (Python/ceval_gil.h: DEFAULT_INTERVAL, 5000 µs).</summary>
    public const long DefaultSwitchIntervalNs = 5_000_000;

    /// <summary>time.time() at simulated time zero (2024-01-01T00:00:00Z), so wall-clock reads are reproducible too.</summary>
    public const double EpochSeconds = 1_704_067_200.0;
}
