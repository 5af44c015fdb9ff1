using PyHeap.Runtime.Memory;

namespace PyHeap.Runtime.Objects;

/// <summary>
/// bytearray (Objects/bytearrayobject.c, CPython 3.11): a 56-byte object (not GC-tracked) plus a separately
/// allocated buffer ob_bytes of ob_alloc bytes (PyObject_Malloc: pymalloc up to 512 bytes, raw above), sized by
/// PyByteArray_Resize's over-allocation. ob_start may sit past ob_bytes after a deletion at the front
/// (bytearray_setslice_linear advances it instead of moving the tail).
/// </summary>
public sealed class PyByteArray : PyObject, IBuiltinSubtypeInstance
{
    private byte[] buffer = [];
    private long bufferAddress;
    private int offset;
    private int alloc;

    private PyByteArray(PyType type)
        : base(type)
    {
        if (!ReferenceEquals(type, Types.ByteArray)) ManagedAttributes = ManagedDict.ForSubtype(this);
    }

    /// <summary>The managed <c>__dict__</c> and <c>__weakref__</c> of an instance of a Python subclass (null for bytearray).</summary>
    public ManagedDict? ManagedAttributes { get; }

    public int Count { get; private set; }

    /// <summary>ob_alloc.</summary>
    public int Allocated => alloc;

    /// <summary>The live bytes (ob_start .. ob_start + size); valid until the next resize.</summary>
    public Span<byte> Data => buffer.AsSpan(offset, Count);

    public byte[] ToArray() => Data.ToArray();

    /// <summary>PyType_GenericAlloc for bytearray or a subclass: an empty object (ob_bytes NULL), the type increfed for a heap type.</summary>
    public static PyByteArray NewGeneric(PyType type)
    {
        return Heap.GenericAlloc(new PyByteArray(type));
    }

    /// <summary>Models PyByteArray_FromStringAndSize: PyObject_New, then a buffer of size + 1 bytes unless empty.</summary>
    public static PyByteArray From(ReadOnlySpan<byte> data)
    {
        var b = Heap.Alloc(new PyByteArray(Types.ByteArray));
        if (data.Length > 0)
        {
            b.alloc = data.Length + 1;
            b.bufferAddress = Heap.Current.MallocBuffer(b.alloc);
            b.buffer = new byte[b.alloc];
            data.CopyTo(b.buffer);
            b.Count = data.Length;
        }
        return b;
    }

    /// <summary>Models PyByteArray_Resize (3.11): minor downsizes keep the buffer; growth over-allocates like list_resize.</summary>
    public void Resize(long requested)
    {
        if (requested == Count) return;
        var size = requested;
        long newAlloc = alloc;
        if (size + offset + 1 <= alloc)
        {
            if (size < alloc / 2) newAlloc = size + 1; // major downsize: exact size
            else
            {
                Count = (int)size; // minor downsize: quick exit
                return;
            }
        }
        else if (size <= alloc * 1.125) newAlloc = size + (size >> 3) + (size < 9 ? 3 : 6);
        else newAlloc = size + 1;
        if (newAlloc > int.MaxValue - 64) throw Vm.Errors.New(ExceptionTypes.MemoryError, "");
        var heap = Heap.Current;
        var fresh = new byte[newAlloc];
        buffer.AsSpan(offset, (int)Math.Min(size, Count)).CopyTo(fresh);
        if (offset > 0)
        {
            // A logical offset: PyObject_Malloc a new buffer, copy, then free the old one.
            var address = heap.MallocBuffer((int)newAlloc);
            heap.FreeBuffer(bufferAddress);
            bufferAddress = address;
        }
        else
        {
            bufferAddress = bufferAddress == 0 ? heap.MallocBuffer((int)newAlloc) : heap.ReallocBuffer(bufferAddress, (int)newAlloc);
        }
        buffer = fresh;
        offset = 0;
        alloc = (int)newAlloc;
        Count = (int)size;
    }

    /// <summary>
    /// Models bytearray_setslice_linear: replaces [lo, hi) with <paramref name="bytes"/>; a deletion at the front
    /// advances ob_start, anywhere else it moves the tail before resizing.
    /// </summary>
    public void SetSliceLinear(int lo, int hi, ReadOnlySpan<byte> bytes)
    {
        var avail = hi - lo;
        var growth = bytes.Length - avail;
        if (growth < 0)
        {
            if (lo == 0)
            {
                // ob_start advances; Py_SIZE keeps the old size until the resize.
                offset -= growth;
                Resize(Count + growth);
            }
            else
            {
                var data = buffer.AsSpan(offset, Count);
                data[hi..].CopyTo(data[(lo + bytes.Length)..]);
                Resize(Count + growth);
            }
        }
        else if (growth > 0)
        {
            var old = Count;
            Resize(old + growth);
            var data = buffer.AsSpan(offset, Count);
            buffer.AsSpan(offset + hi, old - hi).CopyTo(data[(lo + bytes.Length)..]);
        }
        if (bytes.Length > 0) bytes.CopyTo(buffer.AsSpan(offset + lo));
    }

    /// <summary>bytearray_setslice_linear's fast path for a single byte at the end (bytearray_append).</summary>
    public void Append(byte value)
    {
        Resize(Count + 1);
        buffer[offset + Count - 1] = value;
    }

    /// <summary>Overwrites byte <paramref name="index"/> of the live data.</summary>
    public void Set(int index, byte value) => buffer[offset + index] = value;

    /// <summary>Sets Py_SIZE below the allocation (the append loop of bytearray___init__).</summary>
    internal void SetCount(int count) => Count = count;

    /// <summary>bytearray___sizeof__: the type's basicsize plus ob_alloc.</summary>
    public override long SizeOf() => Type.BasicSize + alloc;

    public override int AllocationSize => ManagedAttributes is null ? Type.BasicSize : Heap.GenericAllocSize(Type, 0);

    public override void Traverse(Action<PyObject> visit)
    {
        if (ManagedAttributes is not { } attrs) return;
        attrs.Traverse(visit);
        visit(Type);
    }

    /// <summary>bytearray_dealloc (PyObject_Free of ob_bytes), inside subtype_dealloc for a subclass.</summary>
    internal override void ReleaseReferences()
    {
        if (ManagedAttributes is { } attrs) attrs.SubtypeDealloc(FreeBuffer);
        else FreeBuffer();
    }

    internal override void GcClear() => ManagedAttributes?.Clear();

    internal override bool SupportsWeakrefs => ManagedAttributes?.HasWeakrefSlot ?? false;

    private void FreeBuffer()
    {
        var address = bufferAddress;
        bufferAddress = 0;
        buffer = [];
        Count = 0;
        alloc = 0;
        offset = 0;
        if (address != 0) Heap.Current.FreeBuffer(address);
    }
}
