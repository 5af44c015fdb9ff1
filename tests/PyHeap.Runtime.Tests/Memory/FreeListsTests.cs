using PyHeap.Runtime.Memory;

namespace PyHeap.Runtime.Tests.Memory;

public class FreeListsTests
{
    [Fact]
    public void Capacities_are_cpython_311s()
    {
        var lists = new ObjectAllocator().FreeLists;
        Assert.Equal(100, lists.Capacity(FreeListKind.Float));
        Assert.Equal(80, lists.Capacity(FreeListKind.List));
        Assert.Equal(80, lists.Capacity(FreeListKind.Dict));
        Assert.Equal(80, lists.Capacity(FreeListKind.DictKeys));
        Assert.Equal(0, lists.Capacity(FreeListKind.Tuple, 0));
        Assert.Equal(2000, lists.Capacity(FreeListKind.Tuple, 1));
        Assert.Equal(2000, lists.Capacity(FreeListKind.Tuple, 20));
        Assert.Equal(0, lists.Capacity(FreeListKind.Tuple, 21));
    }

    [Theory]
    [InlineData("Python311")]
    [InlineData("Classic")]
    public void A_free_list_hands_back_the_last_parked_block_and_refuses_when_full(string name)
    {
        var allocator = Profiles.Allocator(name);
        var lists = allocator.FreeLists;
        var blocks = new List<long>();
        for (var i = 0; i < 100; i++)
        {
            blocks.Add(allocator.Malloc(24));
            Assert.True(lists.TryPush(FreeListKind.Float, 0, blocks[^1]));
        }
        Assert.False(lists.TryPush(FreeListKind.Float, 0, allocator.Malloc(24)));
        Assert.False(lists.TryPush(FreeListKind.Tuple, 21, allocator.Malloc(200)));
        Assert.Equal(100, lists.Count(FreeListKind.Float));
        Assert.True(lists.TryPop(FreeListKind.Float, 0, out var popped));
        Assert.Equal(blocks[^1], popped);
        Assert.False(lists.TryPop(FreeListKind.List, 0, out _));
        Assert.Equal(99, lists.TotalCount);
    }

    [Theory]
    [InlineData("Python311")]
    [InlineData("Classic")]
    public void Tuple_free_lists_are_kept_per_length(string name)
    {
        var allocator = Profiles.Allocator(name);
        var lists = allocator.FreeLists;
        var two = allocator.Malloc(56);
        var three = allocator.Malloc(64);
        lists.TryPush(FreeListKind.Tuple, 2, two);
        lists.TryPush(FreeListKind.Tuple, 3, three);
        Assert.False(lists.TryPop(FreeListKind.Tuple, 4, out _));
        Assert.True(lists.TryPop(FreeListKind.Tuple, 2, out var got));
        Assert.Equal(two, got);
    }

    [Theory]
    [InlineData("Python311")]
    [InlineData("Classic")]
    public void Held_blocks_stay_allocated_until_Clear_frees_them_to_the_allocator(string name)
    {
        var allocator = Profiles.Allocator(name);
        var lists = allocator.FreeLists;
        var f = allocator.Malloc(24);
        var l = allocator.Malloc(40);
        lists.TryPush(FreeListKind.Float, 0, f);
        lists.TryPush(FreeListKind.List, 0, l);
        Assert.Equal(2, allocator.AllocatedBlocks);
        Assert.NotEqual(f, allocator.Malloc(24));

        lists.Clear();
        Assert.Equal(0, lists.TotalCount);
        Assert.Equal(1, allocator.AllocatedBlocks);
        Assert.Equal(f, allocator.Malloc(24));
    }

    [Theory]
    [InlineData("Python311")]
    [InlineData("Classic")]
    public void Clear_frees_tuples_then_floats_then_lists_then_dicts_then_keys_most_recent_first(string name)
    {
        var allocator = Profiles.Allocator(name);
        var lists = allocator.FreeLists;
        long Park(FreeListKind kind, int length)
        {
            var block = allocator.Malloc(32);
            Assert.True(lists.TryPush(kind, length, block));
            return block;
        }
        var keys = Park(FreeListKind.DictKeys, 0);
        var dict = Park(FreeListKind.Dict, 0);
        var list = Park(FreeListKind.List, 0);
        var float1 = Park(FreeListKind.Float, 0);
        var float2 = Park(FreeListKind.Float, 0);
        var tuple = Park(FreeListKind.Tuple, 1);
        lists.Clear();
        // The pool's free list is LIFO, so blocks come back in the reverse of the order they were freed.
        Assert.Equal([keys, dict, list, float1, float2, tuple], Enumerable.Range(0, 6).Select(_ => allocator.Malloc(32)));
    }
}
