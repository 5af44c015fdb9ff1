namespace PyHeap.Runtime.Memory;

/// <summary>Where the heap gets its blocks: the simulated pymalloc (or a simple stand-in).</summary>
public interface IBlockAllocator
{
    long Malloc(int size);
    void Free(long address);
    long Realloc(long address, int newSize);
}
