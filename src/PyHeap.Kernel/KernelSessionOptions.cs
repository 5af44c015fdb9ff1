using PyHeap.Runtime.Memory;

namespace PyHeap.Kernel;

/// <summary>How a kernel session sets up its simulated process.</summary>
public sealed record KernelSessionOptions
{
    /// <summary>The pymalloc layout the heap starts with (<c>%profile</c> switches it, resetting the heap).</summary>
    public MemoryProfile Profile { get; init; } = MemoryProfile.Python311;

    /// <summary>Keep the table of live objects (the heap audit, inspection and the views read it).</summary>
    public bool TrackLiveObjects { get; init; } = true;

    /// <summary>The session number history entries carry.</summary>
    public int HistorySession { get; init; } = 1;

    /// <summary>
    /// Where the input history persists across kernel restarts (JSON lines); null keeps it in memory. With a file,
    /// the session numbers itself one past the last session recorded there.
    /// </summary>
    public string? HistoryFile { get; init; }
}
