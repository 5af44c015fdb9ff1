using System.Collections.Concurrent;

namespace PyHeap.Runtime.Objects;

/// <summary>
/// str (Objects/unicodeobject.c). The text is a .NET string; the size follows CPython's compact layouts
/// (ASCII, latin-1, UCS-2, UCS-4 decided by the widest character). The empty string and one-character latin-1
/// strings are static singletons, and interned strings (identifiers in source, attribute names) are immortal.
/// </summary>
public sealed class PyStr : PyObject, IBuiltinSubtypeInstance
{
    private static readonly ConcurrentDictionary<string, PyStr> Interned = new(StringComparer.Ordinal);
    private static readonly PyStr[] Latin1 = MakeLatin1();
    public static readonly PyStr Empty = Intern("");

    private long hash = -1;
    private int kind; // 0 = not computed, 1 ascii, 2 latin-1, 3 ucs-2, 4 ucs-4
    private int length = -1;

    private long dataAddress;

    private PyStr(string value)
        : base(Types.Str)
    {
        Value = value;
    }

    private PyStr(PyType type, string value)
        : base(type)
    {
        Value = value;
        ManagedAttributes = ManagedDict.ForSubtype(this);
    }

    /// <summary>The managed <c>__dict__</c> of an instance of a Python subclass of str (null for an exact str).</summary>
    public ManagedDict? ManagedAttributes { get; }

    /// <summary>
    /// Models Objects/unicodeobject.c: unicode_subtype_new — a "legacy" (non-compact) string of the subclass:
    /// the object from the type's tp_alloc, then its character data in a separate PyObject_Malloc block
    /// ((length + 1) × the character size), and the reference to the heap type.
    /// </summary>
    public static PyStr NewSubtype(PyType type, string value)
    {
        var s = Memory.Heap.GenericAlloc(new PyStr(type, value));
        s.dataAddress = Memory.Heap.Current.MallocBuffer((int)s.LegacyDataSize);
        return s;
    }

    /// <summary>_PyUnicode_Copy: a new exact str with this text (only the empty string is shared).</summary>
    public static PyStr CopyExact(string value) =>
        value.Length == 0 ? Empty : Memory.Heap.Alloc(new PyStr(value));

    /// <summary>(length + 1) × PyUnicode_KIND: the character block of a legacy string (latin-1 is one byte).</summary>
    private long LegacyDataSize => (Length + 1L) * (Kind switch { 1 or 2 => 1, 3 => 2, _ => 4 });

    public string Value { get; }

    public bool IsInterned => (Flags & ObjectFlags.Immortal) != 0 && Interned.TryGetValue(Value, out var s) && ReferenceEquals(s, this);

    /// <summary>A new reference to a str with this text (a singleton for "" and one latin-1 character).</summary>
    public static PyStr From(string value)
    {
        if (value.Length <= 1)
        {
            if (value.Length == 0) return Empty;
            if (value[0] < 256) return Latin1[value[0]];
        }
        return Memory.Heap.Alloc(new PyStr(value));
    }

    /// <summary>sys.intern: the one immortal str with this text.</summary>
    public static PyStr Intern(string value)
    {
        if (Interned.TryGetValue(value, out var found)) return found;
        if (value.Length == 1 && value[0] < 256 && Latin1 is not null) return Latin1[value[0]];
        var created = Memory.Heap.Static(new PyStr(value));
        return Interned.GetOrAdd(value, created);
    }

    /// <summary>Interns an existing str: returns the interned one (new reference semantics: immortal).</summary>
    public static PyStr Intern(PyStr s) =>
        Interned.TryGetValue(s.Value, out var found) ? found : s.IsImmortal ? s : Intern(s.Value);

    /// <summary>Length in code points (surrogate pairs count once, as in CPython).</summary>
    public int Length
    {
        get
        {
            if (length < 0) length = ComputeLength(Value);
            return length;
        }
    }

    /// <summary>The storage kind: 1 ASCII, 2 latin-1, 3 UCS-2, 4 UCS-4.</summary>
    public int Kind
    {
        get
        {
            if (kind == 0) kind = ComputeKind(Value);
            return kind;
        }
    }

    public long Hash
    {
        get
        {
            if (hash == -1) hash = StrHash.Compute(Value);
            return hash;
        }
    }

    /// <summary>str.__sizeof__ (3.11, 64-bit): ASCII 40 + n + 1 (… 49 + n with the GC-less header), etc.</summary>
    public override long SizeOf()
    {
        // unicode___sizeof__ for a two-block (subclass) string: sizeof(PyUnicodeObject) plus the character block.
        if (ManagedAttributes is not null) return 80 + LegacyDataSize;
        var n = Length;
        return Kind switch
        {
            1 => 48 + n + 1,
            2 => 72 + n + 1,
            3 => 72 + 2L * (n + 1),
            _ => 72 + 4L * (n + 1),
        };
    }

    public override int AllocationSize => ManagedAttributes is null
        ? base.AllocationSize
        : Memory.Heap.GenericAllocSize(Type, 0);

    /// <summary>subtype_traverse: the managed dict, then the heap type (str itself owns no references).</summary>
    public override void Traverse(Action<PyObject> visit)
    {
        if (ManagedAttributes is not { } attrs) return;
        attrs.Traverse(visit);
        visit(Type);
    }

    /// <summary>subtype_dealloc: the managed dict, unicode_dealloc (the character block), then the type.</summary>
    internal override void ReleaseReferences()
    {
        ManagedAttributes?.SubtypeDealloc(() =>
        {
            if (dataAddress == 0) return;
            Memory.Heap.Current.FreeBuffer(dataAddress);
            dataAddress = 0;
        });
    }

    /// <summary>subtype_clear: only the managed dict (str has no tp_clear).</summary>
    internal override void GcClear() => ManagedAttributes?.Clear();

    /// <summary>subtype_dealloc uses the trashcan; unicode_dealloc does not.</summary>
    internal override bool UsesTrashcan => ManagedAttributes is not null;

    internal override bool SupportsWeakrefs => ManagedAttributes?.HasWeakrefSlot ?? false;

    public override string ToString() => Value;

    private static int ComputeKind(string s)
    {
        var max = 0;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) return 4;
            if (c > max) max = c;
        }
        return max < 128 ? 1 : max < 256 ? 2 : 3;
    }

    private static int ComputeLength(string s)
    {
        var n = s.Length;
        for (var i = 0; i < s.Length - 1; i++)
            if (char.IsHighSurrogate(s[i]) && char.IsLowSurrogate(s[i + 1])) { n--; i++; }
        return n;
    }

    private const string FrozenInterned = "BCLST_abcdefhijklmnopqrstvwxy";

    private static PyStr[] MakeLatin1()
    {
        var result = new PyStr[256];
        for (var i = 0; i < 256; i++)
        {
            var s = Memory.Heap.Static(new PyStr(((char)i).ToString()));
            result[i] = s;
            // CPython 3.11 interns the names of its deep-frozen start-up modules first: for these characters the
            // interned str (what a one-character literal or sys.intern gives) is that static object, not the
            // latin-1 singleton chr() returns. The set was read off python3 (scripts/onechar-interned.py).
            Interned.TryAdd(s.Value, FrozenInterned.Contains((char)i) ? Memory.Heap.Static(new PyStr(s.Value)) : s);
        }
        return result;
    }
}
