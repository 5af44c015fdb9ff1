using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Objects;

/// <summary>
/// dict (Objects/dictobject.c, 3.11): a compact, insertion-ordered entries array behind an index table probed
/// with CPython's perturbation. The keys table is a separate allocation sized as CPython sizes it
/// (USABLE_FRACTION, GROWTH_RATE, str-only "unicode" tables with 16-byte entries, 24-byte otherwise), so
/// <c>sys.getsizeof</c> and resizes match.
/// </summary>
public sealed partial class PyDict : PyObject, IBuiltinSubtypeInstance
{
    private const int Empty = -1;
    private const int Dummy = -2;
    private const int LogMinSize = 3;
    private static readonly int[] NoIndices = [];
    private static readonly DictEntry[] NoEntries = [];

    private int log2Size;            // 0: the shared empty keys (Py_EMPTY_KEYS)
    private bool unicodeKeys = true; // DK_IS_UNICODE
    private int[] indices = NoIndices;
    private DictEntry[] entries = NoEntries;
    private int nentries;
    private int usable;
    private long keysAddress;

    private PyDict()
        : this(Types.Dict)
    {
    }

    private PyDict(PyType type)
        : base(type)
    {
        if (!ReferenceEquals(type, Types.Dict)) ManagedAttributes = ManagedDict.ForSubtype(this);
    }

    /// <summary>The managed <c>__dict__</c> of an instance of a Python subclass of dict (null for an exact dict).</summary>
    public ManagedDict? ManagedAttributes { get; }

    /// <summary>
    /// An empty instance of a Python subclass of dict: dict_new (Objects/dictobject.c) through PyType_GenericAlloc,
    /// which tracks it at once (only exact dicts start untracked), then the reference to the heap type.
    /// </summary>
    public static PyDict NewSubtype(PyType type)
    {
        return Heap.GenericAlloc(new PyDict(type));
    }

    /// <summary>ma_used: number of items.</summary>
    public int Count { get; private set; }

    /// <summary>ma_version_tag stand-in: changes on every mutation (iterators check it).</summary>
    public long Version { get; private set; }

    public static PyDict New() => Heap.Alloc(new PyDict());

    /// <summary>dict() through the type (PyType_GenericAlloc): skips the free list.</summary>
    public static PyDict NewGeneric() => Heap.GenericAlloc(new PyDict());

    /// <summary>Models _PyDict_NewPresized (general keys: 24-byte entries even for str keys).</summary>
    public static PyDict NewPresized(int minUsed) => NewPresized(minUsed, unicode: false);

    /// <summary>
    /// Models dictobject.c: dict_new_presized. <c>_PyDict_FromItems</c> (BUILD_MAP, BUILD_CONST_KEY_MAP) passes
    /// <paramref name="unicode"/> = all keys are exact str; above 5 items the table is presized.
    /// </summary>
    public static PyDict NewPresized(int minUsed, bool unicode)
    {
        var d = New();
        if (minUsed <= UsableFraction(1 << LogMinSize)) return d;
        var log2 = minUsed > UsableFraction(1 << 17) ? 17 : EstimateLog2KeySize(minUsed);
        d.AllocateKeys(log2, unicode);
        return d;
    }

    internal static PyDict NewStatic() => Heap.Static(new PyDict());

    private static int UsableFraction(int size) => (size << 1) / 3;

    /// <summary>
    /// Models 3.11's calculate_log2_keysize exactly: <c>bit_length(((minsize | 8) - 1) | 7)</c>. It answers one
    /// size up for 1..7 and for powers of two from 16 (e.g. <c>d = {'a': 1}; d[1] = 2</c> gets 16 slots).
    /// </summary>
    public static int CalculateLog2KeySize(long minSize)
    {
        var m = (ulong)((minSize | (1L << LogMinSize)) - 1);
        return 64 - System.Numerics.BitOperations.LeadingZeroCount(m | ((1UL << LogMinSize) - 1));
    }

    internal static int EstimateLog2KeySize(long n) => CalculateLog2KeySize((n * 3 + 1) / 2);

    /// <summary>new_keys_object: the new table is allocated before the old one is freed (as dictresize does).</summary>
    /// <summary>The keys table is PyDict_LOG_MINSIZE and str-only: the kind the keys free list keeps.</summary>
    private bool MinSizeUnicode => log2Size == LogMinSize && unicodeKeys;

    private void AllocateKeys(int log2, bool unicode)
    {
        var heap = Heap.CurrentOrNull;
        var oldAddress = keysAddress;
        var oldMinUnicode = MinSizeUnicode;
        log2Size = log2;
        unicodeKeys = unicode;
        var size = 1 << log2;
        indices = new int[size];
        Array.Fill(indices, Empty);
        usable = UsableFraction(size);
        entries = new DictEntry[usable];
        nentries = 0;
        keysAddress = heap is null || IsImmortal ? 0 : heap.MallocDictKeys(KeysSize, MinSizeUnicode);
        if (oldAddress != 0 && heap is not null) heap.FreeDictKeys(oldAddress, oldMinUnicode);
    }

    /// <summary>_PyDict_KeysSize: header 32 + index bytes + entries.</summary>
    private int KeysSize
    {
        get
        {
            if (log2Size == 0) return 0;
            var size = 1 << log2Size;
            var indexBytes = size <= 0xff ? 1 : size <= 0xffff ? 2 : 4;
            return 32 + size * indexBytes + UsableFraction(size) * (unicodeKeys ? 16 : 24);
        }
    }

    /// <summary>dict_sizeof: the type's basicsize (56 for a subclass with a weakref slot) plus the keys table.</summary>
    public override long SizeOf() => Type.BasicSize + KeysSize;

    public override int AllocationSize => ManagedAttributes is null ? Type.BasicSize + Heap.GcHeaderSize : Heap.GenericAllocSize(Type, 0);

    /// <summary>Hash of a key with CPython's rules (may call <c>__hash__</c>).</summary>
    private static long HashOf(PyObject key) => key is PyStr s ? s.Hash : Abstract.Hash(key);

    /// <summary>Index of the entry holding <paramref name="key"/>, or -1.</summary>
    private int Lookup(PyObject key, long hash, out int slot)
    {
        slot = -1;
        if (log2Size == 0) return -1;
        var mask = (1 << log2Size) - 1;
        var perturb = (ulong)hash;
        var i = (int)((ulong)hash & (ulong)mask);
        while (true)
        {
            var ix = indices[i];
            if (ix == Empty)
            {
                slot = i;
                return -1;
            }
            if (ix >= 0)
            {
                ref var e = ref entries[ix];
                if (ReferenceEquals(e.Key, key)) return ix;
                if (e.Hash == hash && e.Key is { } k)
                {
                    if (k is PyStr ks && key is PyStr kk && ks.Type == Types.Str && kk.Type == Types.Str)
                    {
                        if (string.Equals(ks.Value, kk.Value, StringComparison.Ordinal)) return ix;
                    }
                    else
                    {
                        var table = entries;
                        RefCounts.IncRef(k);
                        bool equal;
                        try
                        {
                            equal = Abstract.RichCompareBool(k, key, CompareOp.Eq);
                        }
                        finally
                        {
                            RefCounts.DecRef(k);
                        }
                        // dictkeys_generic_lookup: the table or the entry changed under __eq__: restart.
                        if (!ReferenceEquals(table, entries) || !ReferenceEquals(entries[ix].Key, k)) return Lookup(key, hash, out slot);
                        if (equal) return ix;
                    }
                }
            }
            perturb >>= 5;
            i = (int)(((ulong)i * 5 + perturb + 1) & (ulong)mask);
        }
    }

    /// <summary>Borrowed value for <paramref name="key"/>, or null (PyDict_GetItemWithError).</summary>
    public PyObject? GetItemOrNull(PyObject key)
    {
        var hash = HashOf(key); // hashed first: an unhashable key raises even for an empty dict
        if (Count == 0) return null;
        var ix = Lookup(key, hash, out _);
        return ix < 0 ? null : entries[ix].Value;
    }

    /// <summary>Borrowed value for a str key.</summary>
    public PyObject? GetItemOrNull(string key) => GetItemOrNull(PyStr.Intern(key));

    public bool ContainsKey(PyObject key) => GetItemOrNull(key) is not null;

    /// <summary>PyDict_SetItem: takes new references to key and value; the replaced value is released after.</summary>
    public void SetItem(PyObject key, PyObject value)
    {
        var hash = HashOf(key);
        RefCounts.IncRef(key);
        RefCounts.IncRef(value);
        InsertSteal(key, hash, value);
    }

    public void SetItem(string key, PyObject value) => SetItem(PyStr.Intern(key), value);

    /// <summary>insertdict with a known hash: takes new references to key and value.</summary>
    internal void SetItemKnownHash(PyObject key, long hash, PyObject value)
    {
        RefCounts.IncRef(key);
        RefCounts.IncRef(value);
        InsertSteal(key, hash, value);
    }

    /// <summary>insertdict: consumes the references to <paramref name="key"/> and <paramref name="value"/>.</summary>
    internal void InsertSteal(PyObject key, long hash, PyObject value)
    {
        Gc.Tracking.DictMaintain(this, key, value);
        if (unicodeKeys && log2Size != 0 && key.Type != Types.Str)
            Resize(CalculateLog2KeySize(GrowthRate), unicode: false);
        var ix = Lookup(key, hash, out _);
        if (ix >= 0)
        {
            ref var e = ref entries[ix];
            var old = e.Value!;
            e.Value = value;
            Version++;
            // insertdict: Py_XDECREF(old_value) first, then Py_DECREF(key).
            RefCounts.DecRef(old);
            RefCounts.DecRef(key);
            return;
        }
        if (log2Size == 0)
            AllocateKeys(LogMinSize, unicode: key.Type == Types.Str);
        else if (usable <= 0)
            Resize(CalculateLog2KeySize(GrowthRate), unicodeKeys && key.Type == Types.Str);
        var slot = FindEmptySlot(hash);
        indices[slot] = nentries;
        entries[nentries] = new DictEntry(hash, key, value);
        nentries++;
        usable--;
        Count++;
        Version++;
    }

    private long GrowthRate => Count * 3L;

    private int FindEmptySlot(long hash)
    {
        var mask = (1 << log2Size) - 1;
        var perturb = (ulong)hash;
        var i = (int)((ulong)hash & (ulong)mask);
        while (indices[i] >= 0)
        {
            perturb >>= 5;
            i = (int)(((ulong)i * 5 + perturb + 1) & (ulong)mask);
        }
        return i;
    }

    /// <summary>Models dictresize: a new keys table, entries compacted in order.</summary>
    internal void Resize(int log2, bool unicode)
    {
        if (!unicodeKeys) unicode = false;
        var oldEntries = entries;
        var oldCount = nentries;
        AllocateKeys(log2, unicode);
        foreach (var e in oldEntries.AsSpan(0, oldCount))
        {
            if (e.Key is null) continue;
            var slot = FindEmptySlot(e.Hash);
            indices[slot] = nentries;
            entries[nentries++] = e;
            usable--;
        }
    }

    /// <summary>Removes <paramref name="key"/>; false if absent. Releases key then value.</summary>
    public bool DelItem(PyObject key)
    {
        var hash = HashOf(key);
        if (Count == 0) return false;
        var ix = Lookup(key, hash, out _);
        if (ix < 0) return false;
        RemoveEntry(ix, hash, out var oldKey, out var oldValue);
        RefCounts.DecRef(oldKey);
        RefCounts.DecRef(oldValue);
        return true;
    }

    /// <summary>Models PyDict_SetDefault: the existing value, or <paramref name="defaultValue"/> after inserting it (borrowed).</summary>
    public PyObject SetDefault(PyObject key, PyObject defaultValue)
    {
        var hash = HashOf(key);
        if (log2Size != 0)
        {
            if (unicodeKeys && key.Type != Types.Str) Resize(CalculateLog2KeySize(GrowthRate), unicode: false);
            var ix = Lookup(key, hash, out _);
            if (ix >= 0) return entries[ix].Value!;
        }
        SetItemKnownHash(key, hash, defaultValue);
        return defaultValue;
    }

    /// <summary>dict.pop: removes and returns the value (the caller owns it) or null when absent.</summary>
    public PyObject? PopSteal(PyObject key)
    {
        if (Count == 0) return null;
        var hash = HashOf(key);
        var ix = Lookup(key, hash, out _);
        if (ix < 0) return null;
        RemoveEntry(ix, hash, out var oldKey, out var oldValue);
        RefCounts.DecRef(oldKey);
        return oldValue;
    }

    private void RemoveEntry(int ix, long hash, out PyObject key, out PyObject value)
    {
        var mask = (1 << log2Size) - 1;
        var perturb = (ulong)hash;
        var i = (int)((ulong)hash & (ulong)mask);
        while (indices[i] != ix)
        {
            perturb >>= 5;
            i = (int)(((ulong)i * 5 + perturb + 1) & (ulong)mask);
        }
        indices[i] = Dummy;
        ref var e = ref entries[ix];
        key = e.Key!;
        value = e.Value!;
        e = default;
        Count--;
        Version++;
    }

    /// <summary>dict.clear: back to the shared empty keys; entries released in order (key, then value).</summary>
    public void Clear()
    {
        var oldEntries = entries;
        var oldCount = nentries;
        var oldAddress = keysAddress;
        var oldMinUnicode = MinSizeUnicode;
        log2Size = 0;
        unicodeKeys = true;
        indices = NoIndices;
        entries = NoEntries;
        nentries = 0;
        usable = 0;
        keysAddress = 0;
        Count = 0;
        Version++;
        var heap = Heap.Current;
        var detached = oldCount > 0 && heap.Detach(oldEntries);
        for (var i = 0; i < oldCount; i++)
        {
            ref var e = ref oldEntries[i];
            if (e.Key is not { } key) continue;
            var value = e.Value!;
            e.Key = null;
            RefCounts.DecRef(key);
            e.Value = null;
            RefCounts.DecRef(value);
        }
        if (detached) heap.Reattach();
        if (oldAddress != 0) heap.FreeDictKeys(oldAddress, oldMinUnicode);
    }

    /// <summary>The entry at position <paramref name="position"/> of the entries array (for iteration), if live.</summary>
    public bool TryGetEntry(int position, out PyObject key, out PyObject value)
    {
        if (position < nentries && entries[position].Key is { } k)
        {
            key = k;
            value = entries[position].Value!;
            return true;
        }
        key = null!;
        value = null!;
        return false;
    }

    /// <summary>Size of the entries array (iteration bound).</summary>
    public int EntryCount => nentries;

    /// <summary>Live (key, value) pairs in insertion order, borrowed; do not mutate while enumerating.</summary>
    public IEnumerable<KeyValuePair<PyObject, PyObject>> Pairs()
    {
        for (var i = 0; i < nentries; i++)
        {
            var e = entries[i];
            if (e.Key is not null) yield return new KeyValuePair<PyObject, PyObject>(e.Key, e.Value!);
        }
    }

    public override void Traverse(Action<PyObject> visit)
    {
        // subtype_traverse for a subclass: the managed dict and the heap type come before dict_traverse.
        if (ManagedAttributes is { } attrs)
        {
            attrs.Traverse(visit);
            visit(Type);
        }
        for (var i = 0; i < nentries; i++)
        {
            var e = entries[i];
            if (e.Key is null) continue;
            visit(e.Value!);
            visit(e.Key);
        }
    }

    internal override bool UsesTrashcan => true;

    /// <summary>dict_dealloc, or subtype_dealloc for a subclass: the managed dict, dict_dealloc, then the type.</summary>
    internal override void ReleaseReferences()
    {
        if (ManagedAttributes is { } attrs) attrs.SubtypeDealloc(Clear);
        else Clear();
    }

    /// <summary>dict_tp_clear (subtype_clear clears the managed dict first).</summary>
    internal override void GcClear()
    {
        ManagedAttributes?.Clear();
        Clear();
    }

    /// <summary>A subclass has tp_weaklistoffset (its __weakref__ slot); dict itself does not.</summary>
    internal override bool SupportsWeakrefs => ManagedAttributes?.HasWeakrefSlot ?? false;

    /// <summary>new_dict leaves a dict untracked (MAINTAIN_TRACKING tracks it when a container enters);
    /// PyType_GenericAlloc tracks an instance of a subclass at once.</summary>
    internal override bool TrackedAtCreation => ManagedAttributes is not null;

    internal override bool UsesFreeList(out FreeListKind kind, out int length)
    {
        kind = FreeListKind.Dict;
        length = 0;
        return ReferenceEquals(Type, Types.Dict);
    }

    /// <summary>dict_traverse: a str-keyed (unicode) table visits only values; others visit value then key.</summary>
    public override void TraverseGc(Action<PyObject> visit)
    {
        if (!unicodeKeys)
        {
            Traverse(visit);
            return;
        }
        if (ManagedAttributes is { } attrs)
        {
            attrs.Traverse(visit);
            visit(Type);
        }
        for (var i = 0; i < nentries; i++)
        {
            if (entries[i].Value is { } v) visit(v);
        }
    }
}
