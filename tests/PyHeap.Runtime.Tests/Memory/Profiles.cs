using PyHeap.Runtime.Memory;

namespace PyHeap.Runtime.Tests.Memory;

/// <summary>Looks profiles up by the name used in [InlineData] and has small helpers shared by the tests.</summary>
internal static class Profiles
{
    public static MemoryProfile Get(string name) => name switch
    {
        nameof(MemoryProfile.Python311) => MemoryProfile.Python311,
        nameof(MemoryProfile.Classic) => MemoryProfile.Classic,
        _ => throw new ArgumentException(name),
    };

    public static ObjectAllocator Allocator(string name, long limit = ObjectAllocator.DefaultHeapLimit) =>
        new(Get(name), limit);

    /// <summary>Allocates blocks of <paramref name="size"/> bytes until a pool is full (one pool's worth).</summary>
    public static List<long> FillPool(ObjectAllocator allocator, int size)
    {
        var count = allocator.Profile.BlocksPerPool(allocator.SizeClassOf(size));
        var blocks = new List<long>(count);
        for (var i = 0; i < count; i++) blocks.Add(allocator.Malloc(size));
        return blocks;
    }

    public static long PoolOf(ObjectAllocator allocator, long address) => address & ~(long)(allocator.Profile.PoolSize - 1);

    public static PoolSnapshot PoolSnapshotAt(PymallocSnapshot snapshot, long poolAddress)
    {
        foreach (var arena in snapshot.Arenas)
        {
            foreach (var pool in arena.Pools)
            {
                if (pool.Address == poolAddress) return pool;
            }
        }
        throw new InvalidOperationException($"no pool at 0x{poolAddress:x}");
    }
}
