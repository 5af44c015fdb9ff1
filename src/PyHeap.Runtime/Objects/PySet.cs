using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Objects;

/// <summary>
/// set and frozenset (Objects/setobject.c, 3.11): an open-addressing table of (hash, key) entries with an
/// 8-slot inline <c>smalltable</c>, linear probing (LINEAR_PROBES = 9) mixed with perturbation, dummy entries
/// for deletions, fill/used counters and CPython's resize rules, so iteration order, <c>pop()</c> and
/// <c>sys.getsizeof</c> match. Larger tables are separate PyMem allocations of 16 bytes per slot.
/// </summary>
public sealed partial class PySet : PyObject, IBuiltinSubtypeInstance
{
    /// <summary>PySet_MINSIZE.</summary>
    public const int MinSize = 8;
    private const int LinearProbes = 9;
    private const int PerturbShift = 5;

    /// <summary>The dummy key marking deleted slots (setobject.c: _dummy_struct); never exposed.</summary>
    internal static readonly PyObject Dummy = PyTuple.CreateUnallocated([]);

    private SetEntry[] smallTable = new SetEntry[MinSize];
    private SetEntry[] table;
    private long tableAddress; // the PyMem block of a table that is not the smalltable
    private int fill;
    private int used;
    private int mask = MinSize - 1;
    private long finger;
    private long hash = -1;

    private PySet(PyType type)
        : base(type)
    {
        table = smallTable;
        if (type.IsHeapType) ManagedAttributes = ManagedDict.ForSubtype(this);
    }

    /// <summary>The slots and managed <c>__dict__</c> of an instance of a Python subclass (null for set and frozenset).</summary>
    public ManagedDict? ManagedAttributes { get; }

    /// <summary>Number of elements (so->used).</summary>
    public int Count => used;

    /// <summary>Active plus dummy slots (so->fill).</summary>
    internal int Fill => fill;

    /// <summary>so->mask: table size minus one.</summary>
    internal int Mask => mask;

    /// <summary>True when the elements live in the inline 8-slot table.</summary>
    internal bool IsSmall => ReferenceEquals(table, smallTable);

    /// <summary>The frozenset hash cache (so->hash), -1 when not computed.</summary>
    internal long CachedHash => hash;

    /// <summary>Elements in table order (borrowed snapshot).</summary>
    public IReadOnlyList<PyObject> Items
    {
        get
        {
            var list = new List<PyObject>(used);
            var pos = 0;
            while (NextEntry(ref pos, out var key, out _)) list.Add(key);
            return list;
        }
    }

    /// <summary>Models make_new_set(type, NULL): an empty set or frozenset.</summary>
    public static PySet New(PyType type)
    {
        if (!type.IsHeapType) return Heap.Alloc(new PySet(type));
        // PyType_GenericAlloc for a subclass: the block, then the reference to the heap type.
        return Heap.GenericAlloc(new PySet(type));
    }

    public bool IsFrozen => Type.IsSubtypeOf(Types.FrozenSet);

    /// <summary>Hash of a key as set_add_key computes it (a str's cached hash, else PyObject_Hash).</summary>
    internal static long HashOf(PyObject key) => Abstract.Hash(key);

    private static bool UnicodeEqual(PyObject a, PyObject b) =>
        a is PyStr sa && b is PyStr sb && a.Type == Types.Str && b.Type == Types.Str &&
        string.Equals(sa.Value, sb.Value, StringComparison.Ordinal);

    /// <summary>Models set_lookkey: true when <paramref name="key"/> is present, with its slot in <paramref name="index"/>.</summary>
    internal bool LookKey(PyObject key, long keyHash, out int index)
    {
    restart:
        var tbl = table;
        var m = (ulong)mask;
        var perturb = (ulong)keyHash;
        var i = (ulong)keyHash & m;
        while (true)
        {
            var probes = i + LinearProbes <= m ? LinearProbes : 0;
            var j = (int)i;
            do
            {
                ref var e = ref tbl[j];
                if (e.Hash == 0 && e.Key is null)
                {
                    index = j;
                    return false;
                }
                if (e.Hash == keyHash)
                {
                    var startkey = e.Key!;
                    if (ReferenceEquals(startkey, key) || UnicodeEqual(startkey, key))
                    {
                        index = j;
                        return true;
                    }
                    var cmp = CompareKeys(startkey, key);
                    if (!ReferenceEquals(tbl, table) || !ReferenceEquals(tbl[j].Key, startkey)) goto restart;
                    if (cmp)
                    {
                        index = j;
                        return true;
                    }
                    m = (ulong)mask;
                }
                j++;
            }
            while (probes-- > 0);
            perturb >>= PerturbShift;
            i = (i * 5 + 1 + perturb) & m;
        }
    }

    /// <summary>PyObject_RichCompareBool(startkey, key, Py_EQ) with startkey held for the call.</summary>
    private static bool CompareKeys(PyObject startkey, PyObject key)
    {
        RefCounts.IncRef(startkey);
        try
        {
            return Abstract.RichCompareBool(startkey, key, CompareOp.Eq);
        }
        finally
        {
            RefCounts.DecRef(startkey);
        }
    }

    /// <summary>Models set_add_entry: adds a new reference to <paramref name="key"/> unless an equal key is present.</summary>
    internal void AddEntry(PyObject key, long keyHash)
    {
        // Pre-increment so arbitrary code in __eq__ cannot free the key before it is stored.
        RefCounts.IncRef(key);
    restart:
        var m = (ulong)mask;
        var i = (ulong)keyHash & m;
        var freeslot = -1;
        var perturb = (ulong)keyHash;
        SetEntry[] tbl;
        int j;
        while (true)
        {
            tbl = table;
            var probes = i + LinearProbes <= m ? LinearProbes : 0;
            j = (int)i;
            do
            {
                ref var e = ref tbl[j];
                if (e.Hash == 0 && e.Key is null) goto foundUnusedOrDummy;
                if (e.Hash == keyHash)
                {
                    var startkey = e.Key!;
                    if (ReferenceEquals(startkey, key) || UnicodeEqual(startkey, key)) goto foundActive;
                    bool cmp;
                    try
                    {
                        cmp = CompareKeys(startkey, key);
                    }
                    catch
                    {
                        RefCounts.DecRef(key);
                        throw;
                    }
                    if (cmp) goto foundActive;
                    if (!ReferenceEquals(tbl, table) || !ReferenceEquals(tbl[j].Key, startkey)) goto restart;
                    m = (ulong)mask;
                }
                else if (e.Hash == -1)
                {
                    freeslot = j;
                }
                j++;
            }
            while (probes-- > 0);
            perturb >>= PerturbShift;
            i = (i * 5 + 1 + perturb) & m;
        }

    foundUnusedOrDummy:
        if (freeslot >= 0)
        {
            used++;
            tbl[freeslot].Key = key;
            tbl[freeslot].Hash = keyHash;
            return;
        }
        fill++;
        used++;
        tbl[j].Key = key;
        tbl[j].Hash = keyHash;
        if ((ulong)fill * 5 < m * 3) return;
        TableResize(used > 50000 ? used * 2L : used * 4L);
        return;

    foundActive:
        RefCounts.DecRef(key);
    }

    /// <summary>Models set_add_key.</summary>
    public void Add(PyObject key) => AddEntry(key, HashOf(key));

    /// <summary>Models set_insert_clean: places a key known to be absent (no dummies) without comparisons.</summary>
    private static void InsertClean(SetEntry[] tbl, ulong m, PyObject key, long keyHash)
    {
        var perturb = (ulong)keyHash;
        var i = (ulong)keyHash & m;
        while (true)
        {
            var j = (int)i;
            if (tbl[j].Key is null) goto found;
            if (i + LinearProbes <= m)
            {
                for (var k = 0; k < LinearProbes; k++)
                {
                    j++;
                    if (tbl[j].Key is null) goto found;
                }
            }
            perturb >>= PerturbShift;
            i = (i * 5 + 1 + perturb) & m;
            continue;
        found:
            tbl[j].Key = key;
            tbl[j].Hash = keyHash;
            return;
        }
    }

    /// <summary>Models set_table_resize: the smallest power of two above <paramref name="minused"/>, keys reinserted in old table order.</summary>
    internal void TableResize(long minused)
    {
        long newsize = MinSize;
        while (newsize <= minused) newsize <<= 1;
        var oldtable = table;
        var oldmask = mask;
        var oldMalloced = !IsSmall;
        var oldAddress = tableAddress;
        SetEntry[] newtable;
        long newAddress = 0;
        if (newsize == MinSize)
        {
            newtable = smallTable;
            if (ReferenceEquals(newtable, oldtable))
            {
                if (fill == used) return; // no dummies: nothing to do
                oldtable = (SetEntry[])oldtable.Clone(); // small_copy
            }
            Array.Clear(newtable);
        }
        else
        {
            newtable = new SetEntry[newsize];
            newAddress = MallocTable((int)newsize);
        }
        mask = (int)newsize - 1;
        table = newtable;
        tableAddress = newAddress;
        var newmask = (ulong)mask;
        if (fill == used)
        {
            for (var i = 0; i <= oldmask; i++)
                if (oldtable[i].Key is { } k) InsertClean(newtable, newmask, k, oldtable[i].Hash);
        }
        else
        {
            fill = used;
            for (var i = 0; i <= oldmask; i++)
                if (oldtable[i].Key is { } k && !ReferenceEquals(k, Dummy)) InsertClean(newtable, newmask, k, oldtable[i].Hash);
        }
        if (oldMalloced) FreeTable(oldAddress);
    }

    private long MallocTable(int slots)
    {
        var heap = Heap.CurrentOrNull;
        return heap is null || IsImmortal ? 0 : heap.MallocBuffer(slots * 16);
    }

    private static void FreeTable(long address)
    {
        if (address != 0) Heap.CurrentOrNull?.FreeBuffer(address);
    }

    /// <summary>Models set_contains_key (no frozenset retry; see <see cref="Builtins.SetOps.Contains"/>).</summary>
    public bool ContainsKey(PyObject key) => LookKey(key, HashOf(key), out _);

    /// <summary>Models set_contains_entry.</summary>
    internal bool ContainsEntry(PyObject key, long keyHash) => LookKey(key, keyHash, out _);

    /// <summary>Models set_discard_entry: true when found (the key is released after the slot becomes a dummy).</summary>
    internal bool DiscardEntry(PyObject key, long keyHash)
    {
        if (!LookKey(key, keyHash, out var j)) return false;
        var old = table[j].Key!;
        table[j].Key = Dummy;
        table[j].Hash = -1;
        used--;
        RefCounts.DecRef(old);
        return true;
    }

    /// <summary>Models set_discard_key.</summary>
    public bool Discard(PyObject key) => DiscardEntry(key, HashOf(key));

    /// <summary>Models set_pop: the element at the search finger onwards; the caller owns the result.</summary>
    public PyObject Pop()
    {
        if (used == 0) throw Errors.New(ExceptionTypes.KeyError, "pop from an empty set");
        var i = (int)(finger & mask);
        while (table[i].Key is null || ReferenceEquals(table[i].Key, Dummy))
        {
            i++;
            if (i > mask) i = 0;
        }
        var key = table[i].Key!;
        table[i].Key = Dummy;
        table[i].Hash = -1;
        used--;
        finger = i + 1;
        return key;
    }

    private void EmptyToMinSize()
    {
        Array.Clear(smallTable);
        fill = 0;
        used = 0;
        mask = MinSize - 1;
        table = smallTable;
        tableAddress = 0;
        hash = -1;
    }

    /// <summary>Models set_clear_internal: empty first, then release keys in table order, then free the table.</summary>
    public void Clear()
    {
        var tbl = table;
        var n = used;
        var malloced = !IsSmall;
        var address = tableAddress;
        if (malloced)
        {
            EmptyToMinSize();
        }
        else if (fill > 0)
        {
            tbl = (SetEntry[])tbl.Clone();
            EmptyToMinSize();
        }
        var heap = Heap.Current;
        var detached = n > 0 && heap.Detach(tbl);
        for (var i = 0; n > 0; i++)
        {
            if (tbl[i].Key is { } k && !ReferenceEquals(k, Dummy))
            {
                n--;
                tbl[i].Key = null;
                RefCounts.DecRef(k);
            }
        }
        if (detached) heap.Reattach();
        if (malloced) FreeTable(address);
    }

    /// <summary>Models set_next: the next active entry at or after <paramref name="pos"/> (borrowed key).</summary>
    internal bool NextEntry(ref int pos, out PyObject key, out long keyHash)
    {
        var i = pos;
        var tbl = table;
        while (i <= mask && (tbl[i].Key is null || ReferenceEquals(tbl[i].Key, Dummy))) i++;
        pos = i + 1;
        if (i > mask)
        {
            key = null!;
            keyHash = 0;
            return false;
        }
        key = tbl[i].Key!;
        keyHash = tbl[i].Hash;
        return true;
    }

    /// <summary>set_sizeof: the object plus a malloc'd table.</summary>
    public override long SizeOf() => Type.BasicSize + (IsSmall ? 0 : (mask + 1L) * 16);

    public override int AllocationSize => ManagedAttributes is null ? 200 + Heap.GcHeaderSize : Heap.GenericAllocSize(Type, 0);

    public override void Traverse(Action<PyObject> visit)
    {
        // subtype_traverse for a subclass: the slots and managed dict, the heap type, then set_traverse.
        if (ManagedAttributes is { } attrs)
        {
            attrs.Traverse(visit);
            visit(Type);
        }
        var pos = 0;
        while (NextEntry(ref pos, out var key, out _)) visit(key);
    }

    /// <summary>set_dealloc / set_clear_internal: keys released in table order.</summary>
    internal override bool UsesTrashcan => true;

    /// <summary>
    /// set_dealloc, or subtype_dealloc for a subclass: the slots and dict, then set_dealloc — which clears the
    /// weak references (set has tp_weaklist, so subtype_dealloc leaves them to it) before the keys — then the type.
    /// </summary>
    internal override void ReleaseReferences()
    {
        if (ManagedAttributes is not { } attrs)
        {
            Clear();
            return;
        }
        attrs.SubtypeDealloc(() =>
        {
            if (WeakRefs is not null) Heap.Current.ClearWeakRefs?.Invoke(this);
            Clear();
        });
    }

    internal override bool ClearsWeakRefsInDealloc => ManagedAttributes is not null;

    /// <summary>set_tp_clear (subtype_clear clears the slots and the managed dict first).</summary>
    internal override void GcClear()
    {
        ManagedAttributes?.Clear();
        Clear();
    }

    internal override bool SupportsWeakrefs => true;
}
