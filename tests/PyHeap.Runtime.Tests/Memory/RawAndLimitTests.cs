using PyHeap.Runtime.Memory;

namespace PyHeap.Runtime.Tests.Memory;

public class RawAndLimitTests
{
    [Theory]
    [InlineData("Python311")]
    [InlineData("Classic")]
    public void A_513_byte_request_goes_to_the_raw_allocator_and_512_bytes_to_pymalloc(string name)
    {
        var allocator = Profiles.Allocator(name);
        var big = allocator.Malloc(513);
        var small = allocator.Malloc(512);
        Assert.False(allocator.IsPymallocAddress(big));
        Assert.True(allocator.Raw.Contains(big));
        Assert.True(allocator.IsPymallocAddress(small));
        Assert.Equal(allocator.Profile.RawHeapBase + 16, big);
        Assert.Equal(1, allocator.RawAllocatedBlocks);
        Assert.Equal(2, allocator.AllocatedBlocks);
        allocator.Free(big);
        Assert.Equal(0, allocator.RawAllocatedBlocks);
        Assert.Throws<SimulatorBugException>(() => allocator.Free(big));
    }

    [Theory]
    [InlineData("Python311")]
    [InlineData("Classic")]
    public void A_zero_byte_request_is_served_by_the_raw_allocator_as_one_byte(string name)
    {
        var allocator = Profiles.Allocator(name);
        var zero = allocator.Malloc(0);
        Assert.False(allocator.IsPymallocAddress(zero));
        Assert.Equal(16, allocator.UsableSize(zero));
        Assert.Equal(-1, allocator.SizeClassOf(0));
    }

    [Theory]
    [InlineData("Python311")]
    [InlineData("Classic")]
    public void A_freed_raw_chunk_is_reused_first_for_the_same_chunk_size(string name)
    {
        var allocator = Profiles.Allocator(name);
        var a = allocator.Malloc(1000);
        var b = allocator.Malloc(2000);
        Assert.Equal(a + 16 + 1008, b);
        allocator.Free(a);
        Assert.NotEqual(a, allocator.Malloc(2000));
        Assert.Equal(a, allocator.Malloc(1001));
    }

    [Theory]
    [InlineData("Python311")]
    [InlineData("Classic")]
    public void Crossing_the_heap_limit_signals_exhaustion_and_a_request_far_past_it_throws(string name)
    {
        var profile = Profiles.Get(name);
        var limit = profile.ArenaSize + 4096;
        var allocator = new ObjectAllocator(profile, heapLimitBytes: limit);
        var exhausted = 0;
        allocator.Exhausted = () => exhausted++;
        Assert.Throws<SimulatedMemoryExhausted>(() => allocator.Malloc((int)(limit + ObjectAllocator.HeapLimitOvershoot + 8192)));
        Assert.Equal(0, exhausted);
        var blocks = new List<long>();
        void FillUp()
        {
            while (true) blocks.Add(allocator.Malloc(512));
        }
        // Requests that cross the limit by less than the overshoot are granted (the interpreter then raises
        // MemoryError at the next instruction boundary); past that the allocator refuses.
        var ex = Assert.Throws<SimulatedMemoryExhausted>(FillUp);
        Assert.Equal(limit, ex.Limit);
        Assert.True(exhausted > 0);
        Assert.True(allocator.HeapBytesInUse > allocator.HeapLimit);
        Assert.True(allocator.HeapBytesInUse <= allocator.HeapLimit + ObjectAllocator.HeapLimitOvershoot);
        foreach (var b in blocks) allocator.Free(b);
        Assert.Equal(0, allocator.AllocatedBlocks);
        Assert.True(allocator.Malloc(4000) != 0);
    }

    [Fact]
    public void The_default_heap_limit_is_256_MiB()
    {
        Assert.Equal(256L << 20, new ObjectAllocator().HeapLimit);
    }

    [Theory]
    [InlineData("Python311")]
    [InlineData("Classic")]
    public void Reset_forgets_everything(string name)
    {
        var allocator = Profiles.Allocator(name);
        var first = allocator.Malloc(40);
        allocator.Malloc(4000);
        allocator.FreeLists.TryPush(FreeListKind.Float, 0, allocator.Malloc(24));
        allocator.Reset();
        Assert.Equal(0, allocator.HeapBytesInUse);
        Assert.Equal(0, allocator.ArenasAllocatedTotal);
        Assert.Equal(0, allocator.FreeLists.TotalCount);
        Assert.Empty(allocator.Snapshot().Arenas);
        Assert.Equal(first, allocator.Malloc(40));
    }
}
