namespace PyHeap.Runtime.Vm;

/// <summary>How an interpreter is set up. Limits are plain values the session configures.</summary>
public sealed record InterpreterOptions
{
    /// <summary>Keep a table of every live object (the heap audit and the views need it; costs a little speed).</summary>
    public bool TrackLiveObjects { get; init; } = true;

    /// <summary>sys.getrecursionlimit() at start.</summary>
    public int RecursionLimit { get; init; } = 1000;

    /// <summary>Host stack for the interpreter thread: deep enough for native re-entries up to the recursion limit.</summary>
    public int HostStackBytes { get; init; } = 512 * 1024 * 1024;

    /// <summary>Arena and pool geometry of the simulated pymalloc (3.11 by default).</summary>
    public Memory.MemoryProfile MemoryProfile { get; init; } = Memory.MemoryProfile.Python311;

    /// <summary>Simulated memory available to the program; past it allocations raise MemoryError.</summary>
    public long HeapLimitBytes { get; init; } = Memory.ObjectAllocator.DefaultHeapLimit;

    /// <summary>
    /// Start with what CPython 3.11's own start-up leaves in the allocator (4 arenas of interpreter blocks and the
    /// parked free-list objects; Memory/StartupResidue.cs), so addresses, pool reuse and free lists behave as in
    /// `python3 prog.py`. Off gives an empty heap (unit tests of the allocator's mechanics).
    /// </summary>
    public bool StartupResidue { get; init; } = true;

    /// <summary>argv[0] for sys.argv.</summary>
    public string ProgramName { get; init; } = "";
}
