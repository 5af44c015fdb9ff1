using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Tests.Containers;

/// <summary>The separately allocated bytearray buffer (ob_bytes): PyObject_Malloc'd, pymalloc up to 512 bytes, raw above, freed with the object.</summary>
public class ByteArrayBufferTests
{
    private static ObjectAllocator Allocator() => (ObjectAllocator)Heap.Current.Allocator;

    [Fact]
    public void An_empty_bytearray_has_no_buffer_and_a_nonempty_one_has_size_plus_one_bytes()
    {
        var interp = new Interpreter();
        using var scope = interp.Enter();
        var blocks = Allocator().AllocatedBlocks;
        var empty = PyByteArray.From([]);
        Assert.Equal(blocks + 1, Allocator().AllocatedBlocks);
        Assert.Equal(0, empty.Allocated);
        var three = PyByteArray.From([1, 2, 3]);
        Assert.Equal(blocks + 3, Allocator().AllocatedBlocks);
        Assert.Equal(4, three.Allocated);
        Assert.Equal(60, three.SizeOf());
        RefCounts.DecRef(three);
        RefCounts.DecRef(empty);
        Assert.Equal(blocks, Allocator().AllocatedBlocks);
    }

    [Fact]
    public void Growing_past_512_bytes_moves_the_buffer_to_the_raw_allocator_and_dealloc_frees_it()
    {
        var interp = new Interpreter();
        using var scope = interp.Enter();
        var raw = Allocator().RawAllocatedBlocks;
        var b = PyByteArray.From(new byte[500]);
        Assert.Equal(raw, Allocator().RawAllocatedBlocks);
        b.Resize(600);
        Assert.Equal(raw + 1, Allocator().RawAllocatedBlocks);
        Assert.Equal(601, b.Allocated);
        RefCounts.DecRef(b);
        Assert.Equal(raw, Allocator().RawAllocatedBlocks);
    }

    [Fact]
    public void Deleting_at_the_front_keeps_the_buffer_until_a_major_downsize_copies_the_rest()
    {
        var interp = new Interpreter();
        using var scope = interp.Enter();
        var data = new byte[100];
        for (var i = 0; i < data.Length; i++) data[i] = (byte)i;
        var b = PyByteArray.From(data);
        b.SetSliceLinear(0, 10, []);
        Assert.Equal(101, b.Allocated);
        Assert.Equal(10, b.Data[0]);
        b.SetSliceLinear(0, 50, []);
        Assert.Equal(41, b.Allocated);
        Assert.Equal(60, b.Data[0]);
        Assert.Equal(99, b.Data[^1]);
        RefCounts.DecRef(b);
    }
}
