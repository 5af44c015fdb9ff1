using PyHeap.Runtime.Memory;

namespace PyHeap.Runtime.Tests.Memory;

public class ReallocTests
{
    [Theory]
    [InlineData("Python311")]
    [InlineData("Classic")]
    public void Realloc_keeps_the_block_when_the_size_fits_and_shrinks_by_less_than_a_quarter(string name)
    {
        var allocator = Profiles.Allocator(name);
        var block = allocator.Malloc(64);
        Assert.Equal(block, allocator.Realloc(block, 64));
        Assert.Equal(block, allocator.Realloc(block, 60));
        Assert.Equal(block, allocator.Realloc(block, 49)); // 4 * 49 > 3 * 64
    }

    [Theory]
    [InlineData("Python311")]
    [InlineData("Classic")]
    public void Realloc_moves_the_block_when_it_shrinks_by_a_quarter_or_more(string name)
    {
        var allocator = Profiles.Allocator(name);
        var block = allocator.Malloc(64);
        var moved = allocator.Realloc(block, 48); // 4 * 48 == 3 * 64
        Assert.NotEqual(block, moved);
        Assert.Equal(2, allocator.SizeClassAt(moved));
        Assert.Equal(block, allocator.Malloc(64)); // the old block was freed
    }

    [Theory]
    [InlineData("Python311")]
    [InlineData("Classic")]
    public void Realloc_moves_a_growing_block_and_past_512_bytes_to_the_raw_allocator(string name)
    {
        var allocator = Profiles.Allocator(name);
        var block = allocator.Malloc(64);
        var grown = allocator.Realloc(block, 65);
        Assert.Equal(4, allocator.SizeClassAt(grown));
        var raw = allocator.Realloc(grown, 600);
        Assert.False(allocator.IsPymallocAddress(raw));
        Assert.Equal(0, allocator.PymallocAllocatedBlocks);
    }

    [Theory]
    [InlineData("Python311")]
    [InlineData("Classic")]
    public void A_raw_block_stays_raw_when_realloced_small_and_grows_in_place_at_the_heap_top(string name)
    {
        var allocator = Profiles.Allocator(name);
        var raw = allocator.Malloc(1000);
        Assert.Equal(raw, allocator.Realloc(raw, 10));
        Assert.Equal(raw, allocator.Realloc(raw, 5000));
        var other = allocator.Malloc(700);
        var moved = allocator.Realloc(raw, 9000);
        Assert.NotEqual(raw, moved);
        Assert.True(moved > other);
    }

    [Theory]
    [InlineData("Python311")]
    [InlineData("Classic")]
    public void Realloc_of_null_is_malloc_and_realloc_to_zero_goes_raw(string name)
    {
        var allocator = Profiles.Allocator(name);
        var block = allocator.Realloc(0, 30);
        Assert.Equal(1, allocator.SizeClassAt(block));
        var zero = allocator.Realloc(block, 0);
        Assert.False(allocator.IsPymallocAddress(zero));
    }
}
