using PyHeap.Runtime.Memory;

namespace PyHeap.Runtime.Tests.Memory;

/// <summary>Writes every allocator event as a short line.</summary>
internal sealed class RecordingObserver : IAllocatorObserver
{
    public List<string> Events { get; } = new();

    public void ArenaAllocated(int arenaIndex, long address) => Events.Add($"arena+ {arenaIndex} 0x{address:x}");

    public void ArenaFreed(int arenaIndex, long address) => Events.Add($"arena- {arenaIndex} 0x{address:x}");

    public void PoolInitialized(long poolAddress, int sizeClass) => Events.Add($"pool 0x{poolAddress:x} class {sizeClass}");

    public void BlockAllocated(long address, int sizeClass) => Events.Add($"block+ 0x{address:x} class {sizeClass}");

    public void BlockFreed(long address, int sizeClass) => Events.Add($"block- 0x{address:x} class {sizeClass}");

    public void RawAllocated(long address, int size) => Events.Add($"raw+ 0x{address:x} {size}");

    public void RawFreed(long address) => Events.Add($"raw- 0x{address:x}");
}
