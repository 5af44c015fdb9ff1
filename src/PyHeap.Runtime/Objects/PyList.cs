using PyHeap.Runtime.Memory;

namespace PyHeap.Runtime.Objects;

/// <summary>
/// list (Objects/listobject.c): a 40-byte object plus a separately allocated item array whose capacity
/// grows with CPython's over-allocation rule (list_resize), so <c>sys.getsizeof</c> matches.
/// </summary>
public sealed class PyList : PyObject
{
    private PyObject[] items;
    private long itemsAddress;

    private PyList(int capacity)
        : base(Types.List)
    {
        items = capacity == 0 ? [] : new PyObject[capacity];
    }

    public int Count { get; private set; }

    /// <summary>ob_item's allocated length.</summary>
    public int Capacity => items.Length;

    /// <summary>The live items (owned references); valid until the next mutation.</summary>
    public Span<PyObject> Items => items.AsSpan(0, Count);

    public PyObject this[int index]
    {
        get => items[index];
    }

    /// <summary>PyList_New(0).</summary>
    public static PyList New() => Heap.Alloc(new PyList(0));

    /// <summary>A list of exactly <paramref name="items"/>.Length slots taking over (stealing) the references.</summary>
    public static PyList Steal(PyObject[] items)
    {
        var list = Heap.Alloc(new PyList(0));
        list.AdoptArray(items, items.Length);
        return list;
    }

    /// <summary>A list with exact capacity holding new references to <paramref name="items"/>.</summary>
    public static PyList FromBorrowed(ReadOnlySpan<PyObject> items, int capacity = -1)
    {
        var list = Heap.Alloc(new PyList(0));
        var array = new PyObject[Math.Max(capacity, items.Length)];
        for (var i = 0; i < items.Length; i++)
        {
            RefCounts.IncRef(items[i]);
            array[i] = items[i];
        }
        list.AdoptArray(array, items.Length);
        return list;
    }

    private void AdoptArray(PyObject[] array, int count)
    {
        if (itemsAddress != 0) Heap.Current.FreeBuffer(itemsAddress);
        items = array;
        Count = count;
        itemsAddress = array.Length == 0 ? 0 : Heap.Current.MallocBuffer(8 * array.Length);
    }

    /// <summary>Models Objects/listobject.c: list_resize (the over-allocation policy).</summary>
    public void Resize(int newSize)
    {
        var allocated = items.Length;
        if (allocated >= newSize && newSize >= (allocated >> 1))
        {
            Count = newSize;
            return;
        }
        long newAllocated = ((long)newSize + (newSize >> 3) + 6) & ~3L;
        if (newSize - Count > newAllocated - newSize) newAllocated = (newSize + 3) & ~3L;
        if (newSize == 0) newAllocated = 0;
        SetCapacity((int)newAllocated);
        Count = newSize;
    }

    /// <summary>Reallocates the item array to exactly <paramref name="capacity"/> slots.</summary>
    internal void SetCapacity(int capacity)
    {
        var fresh = capacity == 0 ? [] : new PyObject[capacity];
        Array.Copy(items, fresh, Math.Min(Count, capacity));
        var heap = Heap.Current;
        if (capacity == 0)
        {
            if (itemsAddress != 0) heap.FreeBuffer(itemsAddress);
            itemsAddress = 0;
        }
        else
        {
            itemsAddress = itemsAddress == 0 ? heap.MallocBuffer(8 * capacity) : heap.ReallocBuffer(itemsAddress, 8 * capacity);
        }
        items = fresh;
    }

    /// <summary>list.append: takes a new reference to <paramref name="item"/>.</summary>
    public void Append(PyObject item)
    {
        RefCounts.IncRef(item);
        AppendSteal(item);
    }

    /// <summary>Appends, taking over the caller's reference (LIST_APPEND).</summary>
    public void AppendSteal(PyObject item)
    {
        var n = Count;
        if (n < items.Length)
        {
            items[n] = item;
            Count = n + 1;
            return;
        }
        Resize(n + 1);
        items[n] = item;
    }

    /// <summary>Inserts a new reference at <paramref name="index"/> (already clamped).</summary>
    public void Insert(int index, PyObject item)
    {
        var n = Count;
        Resize(n + 1);
        Array.Copy(items, index, items, index + 1, n - index);
        RefCounts.IncRef(item);
        items[index] = item;
    }

    /// <summary>Stores a new reference at <paramref name="index"/> and releases the old item afterwards.</summary>
    public void SetItem(int index, PyObject item)
    {
        RefCounts.IncRef(item);
        var old = items[index];
        items[index] = item;
        RefCounts.DecRef(old);
    }

    /// <summary>Removes the item at <paramref name="index"/> and returns the reference it held (the caller owns it).</summary>
    public PyObject RemoveAtSteal(int index)
    {
        var item = items[index];
        var n = Count;
        Array.Copy(items, index + 1, items, index, n - index - 1);
        items[n - 1] = null!;
        Resize(n - 1);
        return item;
    }

    /// <summary>
    /// Replaces items [low, high) with <paramref name="replacement"/> (new references taken); the removed items
    /// are released last to first after the list is consistent again (list_ass_slice).
    /// </summary>
    public void ReplaceSlice(int low, int high, ReadOnlySpan<PyObject> replacement)
    {
        var n = Count;
        var removed = items.AsSpan(low, high - low).ToArray();
        var d = replacement.Length - removed.Length;
        foreach (var r in replacement) RefCounts.IncRef(r);
        if (d < 0)
        {
            Array.Copy(items, high, items, high + d, n - high);
            Array.Clear(items, n + d, -d);
            Resize(n + d);
        }
        else if (d > 0)
        {
            Resize(n + d);
            Array.Copy(items, high, items, high + d, n - high);
        }
        for (var i = 0; i < replacement.Length; i++) items[low + i] = replacement[i];
        for (var i = removed.Length - 1; i >= 0; i--) RefCounts.DecRef(removed[i]);
    }

    /// <summary>list.clear / list_dealloc: releases the items last to first and frees the array.</summary>
    public void Clear()
    {
        var old = items;
        var n = Count;
        var address = itemsAddress;
        items = [];
        Count = 0;
        itemsAddress = 0;
        for (var i = n - 1; i >= 0; i--) RefCounts.DecRef(old[i]);
        if (address != 0) Heap.Current.FreeBuffer(address);
    }

    /// <summary>Sets the items to <paramref name="sorted"/> (same references, new order) — used by list.sort.</summary>
    internal void ReorderInPlace(PyObject[] sorted) => sorted.CopyTo(items, 0);

    public override long SizeOf() => 40 + 8L * items.Length;

    public override int AllocationSize => 40 + Heap.GcHeaderSize;

    public override void Traverse(Action<PyObject> visit)
    {
        // list_traverse visits last to first.
        for (var i = Count - 1; i >= 0; i--) visit(items[i]);
    }

    internal override void ReleaseReferences() => Clear();
}
