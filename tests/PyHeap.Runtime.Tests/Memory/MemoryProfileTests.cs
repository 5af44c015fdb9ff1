using PyHeap.Runtime.Memory;

namespace PyHeap.Runtime.Tests.Memory;

public class MemoryProfileTests
{
    [Fact]
    public void Python311_has_1_MiB_arenas_of_16_KiB_pools_and_32_size_classes()
    {
        var p = MemoryProfile.Python311;
        Assert.Equal(1 << 20, p.ArenaSize);
        Assert.Equal(16384, p.PoolSize);
        Assert.Equal(16, p.Alignment);
        Assert.Equal(32, p.NumSizeClasses);
        Assert.Equal(48, p.PoolOverhead);
        Assert.Equal(64, p.MaxPoolsInArena);
    }

    [Fact]
    public void A_16_KiB_pool_holds_1021_blocks_of_16_bytes_as_debugmallocstats_shows()
    {
        Assert.Equal(1021, MemoryProfile.Python311.BlocksPerPool(0));
        Assert.Equal(340, MemoryProfile.Python311.BlocksPerPool(2));
        Assert.Equal(31, MemoryProfile.Python311.BlocksPerPool(31));
    }

    [Fact]
    public void Classic_has_256_KiB_arenas_of_4_KiB_pools_and_32_size_classes()
    {
        var p = MemoryProfile.Classic;
        Assert.Equal(256 << 10, p.ArenaSize);
        Assert.Equal(4096, p.PoolSize);
        Assert.Equal(32, p.NumSizeClasses);
        Assert.Equal(64, p.MaxPoolsInArena);
        Assert.Equal(253, p.BlocksPerPool(0));
        Assert.Equal(7, p.BlocksPerPool(31));
    }

    [Theory]
    [InlineData("Python311")]
    [InlineData("Classic")]
    public void Size_classes_are_16_bytes_apart_and_0_or_over_512_bytes_have_none(string name)
    {
        var p = Profiles.Get(name);
        Assert.Equal(-1, p.SizeClassOf(0));
        Assert.Equal(0, p.SizeClassOf(1));
        Assert.Equal(0, p.SizeClassOf(16));
        Assert.Equal(1, p.SizeClassOf(17));
        Assert.Equal(2, p.SizeClassOf(48));
        Assert.Equal(31, p.SizeClassOf(512));
        Assert.Equal(-1, p.SizeClassOf(513));
        for (var c = 0; c < p.NumSizeClasses; c++)
        {
            Assert.Equal((c + 1) * 16, p.BlockSize(c));
            Assert.Equal((p.PoolSize - 48) / ((c + 1) * 16), p.BlocksPerPool(c));
        }
    }

    [Fact]
    public void A_profile_breaking_obmalloc_invariants_is_rejected()
    {
        var bad = MemoryProfile.Python311 with { PoolSize = 3000 };
        Assert.Throws<ArgumentException>(() => new ObjectAllocator(bad));
    }
}
