namespace PyHeap.Runtime.Threading;

/// <summary>
/// What <c>pyheap.MemoryCorruption</c> reports: the object, its stored count against the references that really
/// exist, the seed that reproduces the run, and the last load/add/store steps of each thread on that object.
/// </summary>
public sealed record MemoryCorruptionReport(MemoryCorruptionKind Kind, string TypeName, long Address, long StoredCount,
    long TrueCount, int Seed, long LostUpdates, IReadOnlyList<RefCountStep> Steps, bool AtThreadsEnd = false)
{
    public string Headline => (Kind, AtThreadsEnd) switch
    {
        (MemoryCorruptionKind.UseAfterFree, false) =>
            $"use-after-free: the {TypeName} object at 0x{Address:x} would be freed while {Refs(TrueCount)} still point to it",
        (MemoryCorruptionKind.Leak, false) =>
            $"leak: no reference to the {TypeName} object at 0x{Address:x} is left but its count is {StoredCount}: it would never be freed",
        (MemoryCorruptionKind.UseAfterFree, true) =>
            $"use-after-free ahead: when the threads ended, the {TypeName} object at 0x{Address:x} had refcount {StoredCount} but {Refs(TrueCount)}: it would be freed while still in use",
        _ => $"leak: when the threads ended, the {TypeName} object at 0x{Address:x} had refcount {StoredCount} but {Refs(TrueCount)}: its count can never return to zero",
    };

    private static string Refs(long n) => n == 1 ? "1 reference" : $"{n} references";

    /// <summary>The exception's message: what happened, why, and what the simulator did about it.</summary>
    public string Message =>
        $"{Headline} ({LostUpdates} refcount update{(LostUpdates == 1 ? "" : "s")} lost without the GIL, seed {Seed}: "
        + "a thread stored its count over another thread's update); the count was repaired to the real number of references "
        + "and the GIL is back on — pyheap.gil_timeline() shows the interleaving";
}
