namespace PyHeap.Runtime.Memory;

/// <summary>
/// The simulated mmap area that arenas live in (models _PyObject_ArenaMmap/_PyObject_ArenaMunmap plus the
/// kernel's placement). Arenas are placed top-down below <see cref="MemoryProfile.ArenaMmapTop"/> in arena-sized
/// slots; a new arena takes the highest free slot, which is where Linux's top-down search finds a hole, so an
/// arena freed and re-allocated gets its old address back. Slot arithmetic also gives the O(1) address to arena
/// lookup that obmalloc's radix tree (arena_map_is_used) provides.
/// </summary>
internal sealed class ArenaAddressSpace
{
    private readonly long top;
    private readonly int arenaShift;
    private int[] slotArena = new int[16];
    private int slotCount;
    private int mappedCount;

    public ArenaAddressSpace(MemoryProfile profile)
    {
        top = profile.ArenaMmapTop;
        arenaShift = System.Numerics.BitOperations.Log2((uint)profile.ArenaSize);
    }

    /// <summary>Maps an arena for arena object <paramref name="arenaIndex"/> and returns its base address.</summary>
    public long Map(int arenaIndex)
    {
        var slot = -1;
        if (mappedCount < slotCount)
        {
            for (var k = 0; k < slotCount; k++)
            {
                if (slotArena[k] < 0)
                {
                    slot = k;
                    break;
                }
            }
        }
        if (slot < 0)
        {
            if (slotCount == slotArena.Length) Array.Resize(ref slotArena, slotCount * 2);
            slot = slotCount++;
        }
        slotArena[slot] = arenaIndex;
        mappedCount++;
        return top - ((long)(slot + 1) << arenaShift);
    }

    /// <summary>Unmaps the arena at <paramref name="address"/>.</summary>
    public void Unmap(long address)
    {
        var slot = (int)((top - address - 1) >> arenaShift);
        slotArena[slot] = -1;
        mappedCount--;
    }

    /// <summary>The arena object whose arena covers <paramref name="address"/>, or -1 (address_in_range).</summary>
    public int ArenaAt(long address)
    {
        if (address >= top || address <= 0) return -1;
        var slot = (top - 1 - address) >> arenaShift;
        return slot < slotCount ? slotArena[slot] : -1;
    }

    public void Reset()
    {
        Array.Fill(slotArena, -1);
        slotCount = 0;
        mappedCount = 0;
    }
}
