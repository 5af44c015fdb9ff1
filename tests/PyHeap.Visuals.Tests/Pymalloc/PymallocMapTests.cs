using PyHeap.Runtime.Memory;
using PyHeap.Visuals.Pymalloc;

namespace PyHeap.Visuals.Tests.Pymalloc;

public sealed class PymallocMapTests
{
    [Fact]
    public void Pymalloc_map_highlights_the_pool_holding_the_object()
    {
        // A 1-tuple is 24 + 8 bytes plus the 16-byte GC header = 48 bytes: size class 2 (48-byte blocks).
        var interp = Heaps.Run("x = tuple([1])");
        using (interp.Enter())
        {
            var x = Heaps.Global(interp, "x");
            Assert.Equal(48, x.AllocationSize);
            var s = ViewFunctions.PymallocMap(interp, "x", x);
            var at = Assert.IsType<BlockLocation>(s.Target);
            var pool = s.Memory.Arenas[at.Arena].Pools[at.Pool];
            Assert.Equal(2, pool.SizeClass);
            Assert.Equal(48, pool.BlockSize);
            Assert.Equal(x.Address, pool.BlockAddress(at.Block, s.Profile));
            Assert.Equal(BlockState.Used, pool.Blocks[at.Block]);

            var bundle = PymallocMapView.Render(s);
            Assert.Contains("class=\"target-pool\"", bundle.Svg);
            Assert.Contains("class=\"target-block\"", bundle.Svg);
            Assert.Contains($"x: tuple at 0x{x.Address:x}", bundle.Plain);
            Assert.Contains($"pool {pool.Index} (size class 2, 48-byte blocks), block {at.Block}", bundle.Plain);
        }
    }

    [Fact]
    public void The_interpreters_start_up_blocks_are_drawn_apart_from_the_programs_objects()
    {
        // CPython's start-up fills most of class 3's 50 pools; the program's object lands next to those blocks.
        var interp = Heaps.Run("x = [None] * 0\ny = (1, 2, 3)");
        using (interp.Enter())
        {
            var s = ViewFunctions.PymallocMap(interp, "y", Heaps.Global(interp, "y"));
            var startUp = s.Memory.Arenas.Sum(a => a.Pools.Sum(p => p.Blocks.Count(b => b == BlockState.StartUp)));
            Assert.InRange(startUp, 30_000, 40_000);
            var at = Assert.IsType<BlockLocation>(s.Target);
            Assert.Equal(BlockState.Used, s.Memory.Arenas[at.Arena].Pools[at.Pool].Blocks[at.Block]);
            var bundle = PymallocMapView.Render(s);
            Assert.Contains("used since start-up", bundle.Svg);
        }
    }

    [Fact]
    public void A_freed_lists_block_shows_as_held_by_a_free_list()
    {
        var interp = Heaps.Run("a = [1, 2]\naddress = id(a)\ndel a");
        using (interp.Enter())
        {
            var address = ((PyHeap.Runtime.Objects.PyInt)Heaps.Global(interp, "address")).Value;
            var s = ViewFunctions.PymallocMap(interp, null, null);
            var at = Assert.IsType<BlockLocation>(PymallocMapSnapshot.Locate(s.Memory, s.Profile, address));
            Assert.Equal(BlockState.HeldByFreeList, s.Memory.Arenas[at.Arena].Pools[at.Pool].Blocks[at.Block]);
            Assert.True(s.Memory.FreeListBlocks >= 1);
            var bundle = PymallocMapView.Render(s);
            Assert.Contains(BlockColours.HatchId, bundle.Svg);
            Assert.Contains("held by a free list", bundle.Svg);
        }
    }

    [Fact]
    public void The_classic_profile_map_shows_4_KiB_pools_and_256_KiB_arenas()
    {
        var interp = Heaps.Run("x = [1]", MemoryProfile.Classic);
        using (interp.Enter())
        {
            var bundle = PymallocMapView.Render(ViewFunctions.PymallocMap(interp, null, null));
            Assert.StartsWith("pymalloc map — CPython 3.8/3.9 profile: 256 KiB arenas of 4 KiB pools (64 per arena", bundle.Plain);
            Assert.Contains("pymalloc map — CPython 3.8/3.9 profile", bundle.Svg);
            Assert.Contains("256 KiB arenas of 4 KiB pools", bundle.Svg);
        }
        var modern = Heaps.Run("x = [1]");
        using (modern.Enter())
            Assert.StartsWith("pymalloc map — CPython 3.11 profile: 1 MiB arenas of 16 KiB pools", PymallocMapView.Render(ViewFunctions.PymallocMap(modern, null, null)).Plain);
    }

    [Fact]
    public void The_size_class_table_and_totals_are_what_sys_debugmallocstats_prints()
    {
        var interp = Heaps.Run("data = [str(i) * (i % 40) for i in range(2000)]\nfloats = [i / 3 for i in range(300)]\ndel floats");
        using (interp.Enter())
        {
            var allocator = (ObjectAllocator)interp.Heap.Allocator;
            var expected = DebugMallocStats.Format(allocator).Split('\n');
            var s = PymallocMapSnapshot.Take(allocator);
            foreach (var row in s.SizeClasses)
                Assert.Contains($"{row.SizeClass,5} {row.BlockSize,6} {row.Pools,11} {row.BlocksInUse,15} {row.AvailableBlocks,13}", expected);
            Assert.Equal(expected.Count(l => l.Length > 0 && char.IsAsciiDigit(l.TrimStart()[0]) && l.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length == 5),
                s.SizeClasses.Count);
            var plain = PymallocMapView.Render(s).Plain.Split('\n');
            foreach (var label in new[] { "# arenas allocated total", "# bytes in allocated blocks", "# bytes in available blocks", "# bytes lost to pool headers", "# bytes lost to quantization", "Total" })
                Assert.Equal(expected.First(l => l.StartsWith(label + " ", StringComparison.Ordinal)), plain.First(l => l.StartsWith(label + " ", StringComparison.Ordinal)));
        }
    }

    [Fact]
    public void An_object_over_512_bytes_is_reported_as_served_by_the_raw_allocator()
    {
        var interp = Heaps.Run("big = 'x' * 1000");
        using (interp.Enter())
        {
            var s = ViewFunctions.PymallocMap(interp, "big", Heaps.Global(interp, "big"));
            Assert.Null(s.Target);
            Assert.Contains("raw allocator", PymallocMapView.Render(s).Plain);
        }
    }

    [Fact]
    public void A_heap_of_70_arenas_draws_64_says_how_many_more_and_stays_under_a_megabyte()
    {
        var allocator = new ObjectAllocator(MemoryProfile.Python311, 1L << 30);
        var blocks = new List<long>();
        var size = 16;
        while (allocator.ArenasCurrentlyAllocated < 70)
        {
            blocks.Add(allocator.Malloc(size));
            size = size >= 512 ? 16 : size + 16;
        }
        for (var i = 0; i < blocks.Count; i += 7) allocator.Free(blocks[i]); // some free blocks in every pool
        var s = PymallocMapSnapshot.Take(allocator);
        var bundle = PymallocMapView.Render(s);
        Assert.Contains("6 more arenas not drawn", bundle.Svg);
        var bytes = System.Text.Encoding.UTF8.GetByteCount(bundle.ToMimeData().ToJsonString());
        Assert.True(bytes < 1_000_000, $"bundle is {bytes} bytes");
    }
}
