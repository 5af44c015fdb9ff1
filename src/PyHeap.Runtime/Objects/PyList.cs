using PyHeap.Runtime.Memory;

namespace PyHeap.Runtime.Objects;

/// <summary>
/// list (Objects/listobject.c): a 40-byte object plus a separately allocated item array (ob_item) whose
/// capacity follows CPython's rules (list_resize, list_preallocate_exact, list_new_prealloc), so
/// <c>sys.getsizeof</c> matches. <c>ob_item == NULL</c> (no buffer) is tracked separately from a zero capacity
/// because CPython distinguishes them (list_extend preallocates exactly only when ob_item is NULL).
/// </summary>
public sealed class PyList : PyObject, IBuiltinSubtypeInstance
{
    private PyObject[] items;
    private long itemsAddress;
    private int allocated;

    private PyList()
        : this(Types.List)
    {
    }

    private PyList(PyType type)
        : base(type)
    {
        items = [];
        if (!ReferenceEquals(type, Types.List)) ManagedAttributes = ManagedDict.ForSubtype(this);
    }

    /// <summary>The managed <c>__dict__</c> of an instance of a Python subclass of list (null for an exact list).</summary>
    public ManagedDict? ManagedAttributes { get; }

    public int Count { get; private set; }

    /// <summary>allocated: ob_item's length (-1 while a sort runs, as CPython marks it).</summary>
    public int Capacity => allocated;

    /// <summary>ob_item != NULL.</summary>
    internal bool HasBuffer => itemsAddress != 0;

    /// <summary>The live items (owned references); valid until the next mutation.</summary>
    public Span<PyObject> Items => items.AsSpan(0, Count);

    public PyObject this[int index] => items[index];

    /// <summary>PyList_New(0).</summary>
    public static PyList New() => Heap.Alloc(new PyList());

    /// <summary>list() through the type (PyType_GenericAlloc): skips the free list.</summary>
    public static PyList NewGeneric() => Heap.GenericAlloc(new PyList());

    /// <summary>
    /// An empty instance of a Python subclass of list: PyType_GenericNew (Objects/typeobject.c: PyType_GenericAlloc)
    /// — a fresh block with the managed-dict pre-header, then the reference to the heap type.
    /// </summary>
    public static PyList NewSubtype(PyType type)
    {
        return Heap.GenericAlloc(new PyList(type));
    }

    /// <summary>Models Objects/listobject.c: list_new_prealloc — an empty list with exactly <paramref name="size"/> slots.</summary>
    public static PyList NewPrealloc(int size)
    {
        var list = Heap.Alloc(new PyList());
        if (size > 0) list.AllocateFresh(size);
        return list;
    }

    /// <summary>A list of exactly <paramref name="items"/>.Length slots taking over (stealing) the references (PyList_New(n)).</summary>
    public static PyList Steal(PyObject[] items)
    {
        var list = Heap.Alloc(new PyList());
        if (items.Length > 0)
        {
            list.itemsAddress = Heap.Current.MallocBuffer(8 * items.Length);
            list.items = Vm.RefArray.Exact(items);
            list.allocated = items.Length;
            list.Count = items.Length;
        }
        return list;
    }

    /// <summary>A list with exact capacity holding new references to <paramref name="items"/>.</summary>
    public static PyList FromBorrowed(ReadOnlySpan<PyObject> items, int capacity = -1)
    {
        var size = Math.Max(capacity, items.Length);
        var list = NewPrealloc(size);
        for (var i = 0; i < items.Length; i++)
        {
            RefCounts.IncRef(items[i]);
            Vm.RefArray.Store(list.items, i, items[i]);
        }
        list.Count = items.Length;
        return list;
    }

    private void AllocateFresh(int size)
    {
        itemsAddress = Heap.Current.MallocBuffer(8 * size);
        items = new PyObject[size];
        allocated = size;
    }

    /// <summary>Models Objects/listobject.c: list_resize (the over-allocation policy); sets Count.</summary>
    public void Resize(int newSize)
    {
        if (allocated >= newSize && newSize >= (allocated >> 1))
        {
            Count = newSize;
            return;
        }
        long newAllocated = ((long)newSize + (newSize >> 3) + 6) & ~3L;
        if (newSize - Count > newAllocated - newSize) newAllocated = (newSize + 3) & ~3L;
        if (newSize == 0) newAllocated = 0;
        Reallocate((int)newAllocated);
        Count = newSize;
    }

    /// <summary>PyMem_Realloc of ob_item to <paramref name="capacity"/> slots (realloc(p, 0) keeps a non-NULL block, as in C).</summary>
    private void Reallocate(int capacity)
    {
        var heap = Heap.Current;
        itemsAddress = itemsAddress == 0 ? heap.MallocBuffer(8 * capacity) : heap.ReallocBuffer(itemsAddress, 8 * capacity);
        var fresh = capacity == 0 ? [] : new PyObject[capacity];
        Array.Copy(items, fresh, Math.Min(Math.Min(Count, capacity), items.Length));
        items = fresh;
        allocated = capacity;
    }

    /// <summary>Reallocates the item array to exactly <paramref name="capacity"/> slots.</summary>
    internal void SetCapacity(int capacity) => Reallocate(capacity);

    /// <summary>Models Objects/listobject.c: list_preallocate_exact — only when ob_item is NULL; rounds up to even.</summary>
    internal void PreallocateExact(int size)
    {
        size = (size + 1) & ~1;
        AllocateFresh(size);
    }

    /// <summary>Py_SET_SIZE (the caller guarantees the slots up to <paramref name="count"/> hold owned references).</summary>
    internal void SetCount(int count) => Count = count;

    /// <summary>Stores an owned reference into a slot below the capacity (PyList_SET_ITEM).</summary>
    internal void SetSlot(int index, PyObject item) => Vm.RefArray.Store(items, index, item);

    /// <summary>list.append: takes a new reference to <paramref name="item"/>.</summary>
    public void Append(PyObject item)
    {
        RefCounts.IncRef(item);
        AppendSteal(item);
    }

    /// <summary>Appends, taking over the caller's reference (_PyList_AppendTakeRef, LIST_APPEND).</summary>
    public void AppendSteal(PyObject item)
    {
        var n = Count;
        if (allocated > n)
        {
            Vm.RefArray.Store(items, n, item);
            Count = n + 1;
            return;
        }
        Resize(n + 1);
        Vm.RefArray.Store(items, n, item);
    }

    /// <summary>Models Objects/listobject.c: ins1 — inserts a new reference, clamping <paramref name="where"/> like CPython.</summary>
    public void Insert(long where, PyObject item)
    {
        var n = Count;
        Resize(n + 1);
        if (where < 0)
        {
            where += n;
            if (where < 0) where = 0;
        }
        if (where > n) where = n;
        var index = (int)where;
        Array.Copy(items, index, items, index + 1, n - index);
        RefCounts.IncRef(item);
        items[index] = item;
    }

    /// <summary>Stores a new reference at <paramref name="index"/> and releases the old item afterwards (Py_SETREF).</summary>
    public void SetItem(int index, PyObject item)
    {
        RefCounts.IncRef(item);
        var old = items[index];
        Vm.RefArray.Store(items, index, item);
        RefCounts.DecRef(old);
    }

    /// <summary>
    /// Models Objects/listobject.c: list_pop_impl after validation — removes the item at <paramref name="index"/>
    /// and returns the reference it held (the caller owns it).
    /// </summary>
    public PyObject RemoveAtSteal(int index)
    {
        var item = items[index];
        var n = Count;
        if (index == n - 1)
        {
            items[index] = null!;
            Resize(n - 1);
            return item;
        }
        RefCounts.IncRef(item);
        ReplaceSlice(index, index + 1, []);
        return item;
    }

    /// <summary>
    /// Models Objects/listobject.c: list_ass_slice — replaces items [low, high) (clamped) with new references to
    /// <paramref name="replacement"/>; removed items are released last to first once the list is consistent.
    /// </summary>
    public void ReplaceSlice(long low, long high, ReadOnlySpan<PyObject> replacement)
    {
        var n = Count;
        if (low < 0) low = 0;
        else if (low > n) low = n;
        if (high < low) high = low;
        else if (high > n) high = n;
        var ilow = (int)low;
        var norig = (int)high - ilow;
        var d = replacement.Length - norig;
        if (n + d == 0)
        {
            Clear();
            return;
        }
        var recycle = norig == 0 ? [] : items.AsSpan(ilow, norig).ToArray();
        if (d < 0)
        {
            Array.Copy(items, ilow + norig, items, ilow + norig + d, n - ilow - norig);
            Array.Clear(items, n + d, -d);
            Resize(n + d);
        }
        else if (d > 0)
        {
            Resize(n + d);
            Array.Copy(items, ilow + norig, items, ilow + norig + d, n - ilow - norig);
        }
        for (var k = 0; k < replacement.Length; k++)
        {
            RefCounts.IncRef(replacement[k]);
            items[ilow + k] = replacement[k];
        }
        Heap.Current.ReleaseDetached(recycle!, norig, lastFirst: true);
    }

    /// <summary>Models Objects/listobject.c: _list_clear — empties first, then releases last to first and frees ob_item.</summary>
    public void Clear()
    {
        if (itemsAddress == 0 && items.Length == 0) return;
        var old = items;
        var n = Count;
        var address = itemsAddress;
        items = [];
        Count = 0;
        itemsAddress = 0;
        allocated = 0;
        var heap = Heap.Current;
        heap.ReleaseDetached(old!, n, lastFirst: true);
        if (address != 0) heap.FreeBuffer(address);
    }

    /// <summary>Models Objects/listobject.c: reverse_slice over the whole list.</summary>
    public void Reverse() => Array.Reverse(items, 0, Count);

    /// <summary>Sets the items to <paramref name="sorted"/> (same references, new order).</summary>
    internal void ReorderInPlace(PyObject[] sorted) => sorted.CopyTo(items, 0);

    /// <summary>
    /// The start of list_sort_impl: the list is made empty (ob_item NULL, allocated -1) so mutations during the
    /// sort cannot touch the array being sorted. Returns the saved state for <see cref="EndSort"/>.
    /// </summary>
    internal SavedItems BeginSort()
    {
        var saved = new SavedItems(items, Count, itemsAddress, allocated);
        items = [];
        Count = 0;
        itemsAddress = 0;
        allocated = -1;
        return saved;
    }

    /// <summary>
    /// The end of list_sort_impl: reports whether the list was modified (allocated != -1), restores the saved
    /// array and releases whatever was put in the list meanwhile (last to first), freeing that buffer.
    /// </summary>
    internal bool EndSort(SavedItems saved)
    {
        var modified = allocated != -1;
        var finalItems = items;
        var finalCount = Count;
        var finalAddress = itemsAddress;
        items = Vm.RefArray.Exact(saved.Items);
        Count = saved.Count;
        itemsAddress = saved.Address;
        allocated = saved.Allocated;
        for (var i = finalCount - 1; i >= 0; i--) RefCounts.XDecRef(finalItems[i]);
        if (finalAddress != 0) Heap.Current.FreeBuffer(finalAddress);
        return modified;
    }

    /// <summary>The array a sort works on, detached from the list.</summary>
    internal readonly record struct SavedItems(PyObject[] Items, int Count, long Address, int Allocated);

    /// <summary>list___sizeof__: the type's basicsize (48 for a subclass with a weakref slot) plus ob_item.</summary>
    public override long SizeOf() => Type.BasicSize + 8L * allocated;

    public override int AllocationSize => ManagedAttributes is null ? Type.BasicSize + Heap.GcHeaderSize : Heap.GenericAllocSize(Type, 0);

    public override void Traverse(Action<PyObject> visit)
    {
        // subtype_traverse for a subclass: the managed dict, the heap type, then list_traverse (last to first).
        if (ManagedAttributes is { } attrs)
        {
            attrs.Traverse(visit);
            visit(Type);
        }
        for (var i = Count - 1; i >= 0; i--) visit(items[i]);
    }

    internal override bool UsesTrashcan => true;

    /// <summary>list_dealloc, or subtype_dealloc for a subclass: the managed dict, list_dealloc, then the type.</summary>
    internal override void ReleaseReferences()
    {
        if (ManagedAttributes is { } attrs) attrs.SubtypeDealloc(Clear);
        else Clear();
    }

    /// <summary>list_clear as tp_clear (subtype_clear clears the managed dict first).</summary>
    internal override void GcClear()
    {
        ManagedAttributes?.Clear();
        Clear();
    }

    /// <summary>A subclass has tp_weaklistoffset (its __weakref__ slot); list itself does not.</summary>
    internal override bool SupportsWeakrefs => ManagedAttributes?.HasWeakrefSlot ?? false;

    internal override bool UsesFreeList(out FreeListKind kind, out int length)
    {
        kind = FreeListKind.List;
        length = 0;
        return ReferenceEquals(Type, Types.List);
    }
}
