namespace PyHeap.Visuals.Heap;

/// <summary>
/// The live objects of one type (or of several, for the "others" row): how many, the bytes the allocator gave
/// their own blocks (<c>AllocationSize</c>: GC header included, separately allocated item arrays and dict tables
/// not), how many the collector tracks and how those sit in generations 0, 1, 2 and the permanent (frozen) one.
/// <see cref="BytesByGeneration"/> splits <see cref="Bytes"/> the same way, untracked last.
/// </summary>
public sealed record TypeRow(
    string TypeName,
    int Types,
    long Count,
    long Bytes,
    long Tracked,
    IReadOnlyList<long> Generations,
    IReadOnlyList<long> BytesByGeneration)
{
    /// <summary>Generations 0, 1, 2, permanent: the slots of <see cref="Generations"/>; untracked is the fifth slot of bytes.</summary>
    public const int Slots = 5;
}
