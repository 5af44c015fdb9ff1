using System.Runtime.InteropServices;
using PyHeap.Runtime.Objects;

namespace PyHeap.Runtime.Memory;

/// <summary>
/// The simulated process heap: gives every object a block (its address), frees it when the count reaches
/// zero, and runs deallocation in CPython's order (finalizer, then the object's references, then its memory).
/// One per interpreter; <see cref="Current"/> is the heap of the interpreter running on this host thread.
/// </summary>
public sealed class Heap
{
    /// <summary>sizeof(PyGC_Head) on 64-bit builds.</summary>
    public const int GcHeaderSize = 16;

    /// <summary>Models Include/cpython/object.h: _PyTrash_UNWIND_LEVEL — deeper deallocations are deferred.</summary>
    private const int TrashcanLimit = 50;

    [ThreadStatic] private static Heap? current;

    /// <summary>
    /// The heap that every host thread with a current heap has (null while threads have different ones), kept
    /// under <see cref="StaticLock"/>. <see cref="Current"/> reads it first: a thread-static read is a
    /// __tls_get_addr call on Linux, and Alloc and Deallocate need the heap for every object (~8% of for_loop).
    /// A thread with a current heap W only ever sees W or null here (it registered W before reading).
    /// </summary>
    private static Heap? sole;

    /// <summary>How many host threads have each heap as their current one.</summary>
    private static readonly Dictionary<Heap, int> EnteredBy = new(ReferenceEqualityComparer.Instance);
    private static long nextStaticAddress = 0x5580_0000_0000;
    private static readonly object StaticLock = new();

    private readonly IBlockAllocator allocator;
    private readonly Dictionary<long, PyObject>? live;
    private readonly Stack<PyObject> deferred = new();
    private int deallocDepth;

    public Heap(IBlockAllocator allocator, bool trackLiveObjects)
    {
        this.allocator = allocator;
        freeLists = (allocator as ObjectAllocator)?.FreeLists;
        if (trackLiveObjects) live = new Dictionary<long, PyObject>();
        Gc = new Gc.GcState { ClearFreeLists = () => freeLists?.Clear() };
    }

    private readonly FreeLists? freeLists;

    /// <summary>The cyclic garbage collector's state (generations, thresholds, counts).</summary>
    public Gc.GcState Gc { get; }

    public static Heap Current => sole ?? current ?? throw new SimulatorBugException("no simulated heap is active on this thread");

    public static Heap? CurrentOrNull => current;

    /// <summary>Makes this heap the current one for the calling host thread; returns the previous one.</summary>
    public Heap? Enter()
    {
        var previous = current;
        current = this;
        Switched(previous, this);
        return previous;
    }

    public static void Restore(Heap? previous)
    {
        var leaving = current;
        current = previous;
        Switched(leaving, previous);
    }

    private static void Switched(Heap? from, Heap? to)
    {
        if (ReferenceEquals(from, to)) return;
        lock (StaticLock)
        {
            if (from is not null && --CollectionsMarshal.GetValueRefOrNullRef(EnteredBy, from) == 0) EnteredBy.Remove(from);
            if (to is not null) CollectionsMarshal.GetValueRefOrAddDefault(EnteredBy, to, out _)++;
            sole = EnteredBy.Count == 1 ? EnteredBy.Keys.First() : null;
        }
    }

    public IBlockAllocator Allocator => allocator;

    /// <summary>
    /// Runs <c>__del__</c> and the like (set by the interpreter): true if the object was resurrected. Called only
    /// for objects whose type has <c>__del__</c> (<see cref="PyType.HasDel"/>) and for generators.
    /// </summary>
    public Func<PyObject, bool>? Finalizer { get; set; }

    /// <summary>Listens to allocations and frees (the event stream); null costs one branch.</summary>
    public Events.IHeapObserver? Observer { get; set; }

    /// <summary>Called just before an object's memory is released (GC untracking, weakref clearing, events).</summary>
    public Action<PyObject>? BeforeFree { get; set; }

    /// <summary>Live objects by address when tracking is on (the heap audit and the views need them).</summary>
    public IReadOnlyDictionary<long, PyObject>? LiveObjects => live;

    public long AllocatedObjects { get; private set; }
    public long FreedObjects { get; private set; }

    /// <summary>
    /// Allocates a freshly constructed object on the current heap and returns it (refcount 1). A GC object that
    /// did not come from a free list counts as a GC allocation (which may start a collection, before the new
    /// object is tracked); GC objects are then tracked unless their type tracks them later (dict).
    /// </summary>
    public static T Alloc<T>(T obj) where T : PyObject
    {
        var heap = Current;
        heap.Allocate(obj, obj.AllocationSize);
        if (obj.Type.IsGc && obj.TrackedAtCreation) heap.Gc.Track(obj);
        return obj;
    }

    /// <summary>
    /// PyType_GenericAlloc: a fresh block from the allocator, never one parked on a free list, and a reference to
    /// the type when it is a heap type (a subclass instance holds its class). list() and dict() come this way
    /// (list_vectorcall, dict_new), so they do not reuse the block of a list or dict just freed.
    /// </summary>
    public static T GenericAlloc<T>(T obj) where T : PyObject
    {
        var heap = Current;
        heap.AllocateFresh(obj, obj.AllocationSize);
        if (obj.Type.IsHeapType) RefCounts.IncRef(obj.Type);
        if (obj.Type.IsGc && obj.TrackedAtCreation) heap.Gc.Track(obj);
        return obj;
    }

    /// <summary>
    /// The bytes PyType_GenericAlloc(type, nitems) asks for: _PyObject_VAR_SIZE(type, nitems + 1) (one spare item,
    /// rounded up to a pointer) plus the pre-header (the GC header, and two words for a managed dict).
    /// </summary>
    public static int GenericAllocSize(PyType type, long nitems)
    {
        var body = (type.BasicSize + (nitems + 1) * type.ItemSize + 7) / 8 * 8;
        var pre = (type.IsGc ? GcHeaderSize : 0) + ((type.TypeFlags & TypeFlags.ManagedDict) != 0 ? 16 : 0);
        return (int)(body + pre);
    }

    /// <summary>Makes a freshly constructed object immortal in the static data segment and returns it.</summary>
    public static T Static<T>(T obj) where T : PyObject
    {
        AllocateStatic(obj, obj.AllocationSize);
        return obj;
    }

    /// <summary>Gives <paramref name="obj"/> a block of <paramref name="size"/> bytes (PyObject_Malloc).</summary>
    internal void Allocate(PyObject obj, int size)
    {
        if (freeLists is not null && obj.UsesFreeList(out var kind, out var length) && freeLists.TryPop(kind, length, out var reused))
        {
            Register(obj, reused, size);
            return;
        }
        AllocateFresh(obj, size);
    }

    private void AllocateFresh(PyObject obj, int size)
    {
        var address = allocator.Malloc(size);
        if (obj.Type.IsGc) Gc.Linked(); // may collect: the new object is not an object yet
        Register(obj, address, size);
    }

    private void Register(PyObject obj, long address, int size)
    {
        obj.Address = address;
        AllocatedObjects++;
        live?.Add(address, obj);
        Observer?.Allocated(obj, size);
    }

    /// <summary>Assigns an address in the static data segment to an immortal object (static types, singletons).</summary>
    internal static void AllocateStatic(PyObject obj, int size)
    {
        lock (StaticLock)
        {
            obj.Address = nextStaticAddress;
            nextStaticAddress += (size + 15) & ~15;
        }
        obj.Flags |= ObjectFlags.Immortal;
        obj.RefCnt = ImmortalRefCount;
    }

    /// <summary>What <c>sys.getrefcount</c> reports for immortal objects (documented: CPython's value varies).</summary>
    public const long ImmortalRefCount = 1_000_000_000;

    /// <summary>A raw buffer owned by an object (a list's item array, a dict's keys table): PyMem_Malloc.</summary>
    public long MallocBuffer(int size) => allocator.Malloc(size);

    public void FreeBuffer(long address) => allocator.Free(address);

    /// <summary>new_keys_object: a str-keyed table of the minimum size (8 slots) comes from the keys free list.</summary>
    public long MallocDictKeys(int size, bool minSizeUnicode) =>
        minSizeUnicode && freeLists is not null && freeLists.TryPop(FreeListKind.DictKeys, 0, out var reused) ? reused : allocator.Malloc(size);

    /// <summary>free_keys_object: such a table goes back to the keys free list while it has room.</summary>
    public void FreeDictKeys(long address, bool minSizeUnicode)
    {
        if (minSizeUnicode && freeLists is not null && freeLists.TryPush(FreeListKind.DictKeys, 0, address)) return;
        allocator.Free(address);
    }

    public long ReallocBuffer(long address, int newSize) => allocator.Realloc(address, newSize);

    /// <summary>
    /// Deallocates an object whose count just reached zero: finalizer (which may resurrect it), then its
    /// references, then its memory. Deep chains are flattened like CPython's trashcan so the host stack stays
    /// bounded.
    /// </summary>
    internal static void Deallocate(PyObject obj)
    {
        var heap = Current;
        if (!obj.UsesTrashcan)
        {
            heap.DeallocateNow(obj);
            return;
        }
        // Py_TRASHCAN_BEGIN / _PyTrash_begin: too deep, so park the object for later.
        if (heap.deallocDepth >= TrashcanLimit)
        {
            heap.deferred.Push(obj);
            return;
        }
        heap.deallocDepth++;
        try
        {
            heap.DeallocateNow(obj);
        }
        finally
        {
            heap.deallocDepth--;
        }
        // _PyTrash_end / _PyTrash_thread_destroy_chain: parked objects are deallocated newest first, with the
        // nesting raised by one for the whole drain (so each starts one level deeper than a fresh one).
        if (heap.deallocDepth == 0 && heap.deferred.Count > 0)
        {
            heap.deallocDepth++;
            try
            {
                while (heap.deferred.Count > 0) Deallocate(heap.deferred.Pop());
            }
            finally
            {
                heap.deallocDepth--;
            }
        }
    }

    private void DeallocateNow(PyObject obj)
    {
        if ((obj.Flags & ObjectFlags.Freed) != 0)
            throw new SimulatorBugException($"double free of {obj.Type.Name} at 0x{obj.Address:x}");
        PyHeap.Runtime.Gc.GcState.Untrack(obj);
        // Only objects whose type defines __del__, and generators, have a finalizer to run: skip the call for the rest.
        if (Finalizer is { } finalizer && (obj.Type.HasDel || obj is PyGenerator))
        {
            // The finalizer re-tracks the object while __del__ runs, as subtype_dealloc does.
            if (finalizer(obj)) return; // resurrected (and still tracked)
            PyHeap.Runtime.Gc.GcState.Untrack(obj);
        }
        if (obj.WeakRefs is not null && !obj.ClearsWeakRefsInDealloc) ClearWeakRefs?.Invoke(obj);
        obj.ReleaseReferences();
        BeforeFree?.Invoke(obj);
        Free(obj);
    }

    /// <summary>
    /// References held by C# code while Python code runs (a finalizer's object, the collector's own increfs, a
    /// callback's arguments) — CPython's C locals. The heap audit counts them, so it also passes when run from
    /// inside a finalizer or a callback.
    /// </summary>
    public List<PyObject> TempRoots { get; } = [];

    /// <summary>
    /// Item arrays a container detached and is releasing one by one (list_clear's C local <c>item</c>, a dict's old
    /// entries, a set's old table): each slot is cleared just before its reference is dropped, so the audit
    /// counts what is still owned. Registered only when the audit can run (live objects are tracked).
    /// </summary>
    public List<Array> Detached { get; } = [];

    /// <summary>Registers a detached array (see <see cref="Detached"/>) when auditing is possible; false otherwise.</summary>
    public bool Detach(Array items)
    {
        if (live is null) return false;
        Detached.Add(items);
        return true;
    }

    /// <summary>Ends the latest <see cref="Detach"/>.</summary>
    public void Reattach() => Detached.RemoveAt(Detached.Count - 1);

    /// <summary>
    /// Drops the references in the first <paramref name="count"/> slots of a detached array, last first or first
    /// first, clearing each slot just before (the audit sees what is still owned while finalizers run).
    /// </summary>
    public void ReleaseDetached(PyObject?[] items, int count, bool lastFirst)
    {
        var detached = count > 0 && Detach(items);
        for (var k = 0; k < count; k++)
        {
            var i = lastFirst ? count - 1 - k : k;
            var item = items[i];
            items[i] = null;
            RefCounts.XDecRef(item);
        }
        if (detached) Reattach();
    }

    /// <summary>Registers <paramref name="obj"/> in <see cref="TempRoots"/> until the returned scope is disposed.</summary>
    public HeldReference Hold(PyObject obj)
    {
        TempRoots.Add(obj);
        return new HeldReference(TempRoots);
    }

    /// <summary>PyObject_ClearWeakRefs (set by the interpreter): clears the object's weakrefs and runs their callbacks.</summary>
    public Action<PyObject>? ClearWeakRefs { get; set; }

    /// <summary>Releases the object's block (or hands it to a free list) and marks it freed.</summary>
    internal void Free(PyObject obj)
    {
        Observer?.Freed(obj);
        obj.Flags |= ObjectFlags.Freed;
        live?.Remove(obj.Address);
        FreedObjects++;
        if (freeLists is not null && obj.UsesFreeList(out var kind, out var length) && freeLists.TryPush(kind, length, obj.Address))
            return;
        allocator.Free(obj.Address);
        if (obj.Type.IsGc) Gc.Deleted();
    }
}
