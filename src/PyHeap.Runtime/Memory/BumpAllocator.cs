namespace PyHeap.Runtime.Memory;

/// <summary>
/// A stand-in allocator: 16-byte aligned blocks, the most recently freed block of the same rounded size is
/// reused first (which already gives CPython's "a new list gets the id of the one just freed").
/// </summary>
public sealed class BumpAllocator : IBlockAllocator
{
    private readonly Dictionary<int, Stack<long>> freeBySize = new();
    private readonly Dictionary<long, int> sizes = new();
    private long next = 0x7f00_0000_0010;

    public long Malloc(int size)
    {
        var rounded = Math.Max(16, (size + 15) & ~15);
        if (freeBySize.TryGetValue(rounded, out var stack) && stack.Count > 0)
        {
            var reused = stack.Pop();
            sizes[reused] = rounded;
            return reused;
        }
        var address = next;
        next += rounded;
        sizes[address] = rounded;
        return address;
    }

    public void Free(long address)
    {
        if (!sizes.Remove(address, out var size)) throw new SimulatorBugException($"free of unknown block 0x{address:x}");
        if (!freeBySize.TryGetValue(size, out var stack)) freeBySize[size] = stack = new Stack<long>();
        stack.Push(address);
    }

    public long Realloc(long address, int newSize)
    {
        var fresh = Malloc(newSize);
        Free(address);
        return fresh;
    }
}
