using System.Numerics;

namespace PyHeap.Runtime.Objects;

/// <summary>
/// int (Objects/longobject.c). Values that fit a long are kept as one (the fast path); others as a
/// BigInteger. Small ints -5..256 are static singletons, as in CPython.
/// </summary>
public class PyInt : PyObject, IBuiltinSubtypeInstance
{
    private const int SmallMin = -5;
    private const int SmallMax = 256;
    private static readonly PyInt[] SmallInts = MakeSmallInts();

    private readonly long small;
    private readonly BigInteger big;
    private readonly bool isBig;

    protected PyInt(PyType type, long value)
        : base(type)
    {
        small = value;
    }

    private PyInt(BigInteger value)
        : base(Types.Int)
    {
        big = value;
        isBig = true;
    }

    /// <summary>An instance of a Python subclass of int with the value of <paramref name="exact"/>.</summary>
    private PyInt(PyType type, PyInt exact)
        : base(type)
    {
        small = exact.small;
        big = exact.big;
        isBig = exact.isBig;
        ManagedAttributes = ManagedDict.ForSubtype(this);
    }

    /// <summary>The <c>__dict__</c> (at tp_dictoffset -8, after the digits) of an instance of a Python subclass; null for int and bool.</summary>
    public ManagedDict? ManagedAttributes { get; }

    /// <summary>
    /// Models Objects/longobject.c: long_subtype_new after long_new_impl made <paramref name="exact"/>: the type's
    /// tp_alloc (PyType_GenericAlloc: a fresh tracked block for max(1, ndigits) + 1 digits, the type increfed),
    /// then the digits copied. The caller releases <paramref name="exact"/>.
    /// </summary>
    public static PyInt NewSubtype(PyType type, PyInt exact)
    {
        return Memory.Heap.GenericAlloc(new PyInt(type, exact));
    }

    /// <summary>True when the value does not fit a long.</summary>
    public bool IsBig => isBig;

    /// <summary>The value when it fits a long (check <see cref="IsBig"/> first).</summary>
    public long Value => small;

    public BigInteger BigValue => isBig ? big : small;

    public static PyInt Zero => SmallInts[-SmallMin];
    public static PyInt One => SmallInts[1 - SmallMin];

    /// <summary>A new reference to the int with this value (a cached singleton for -5..256).</summary>
    public static PyInt From(long value)
    {
        if (value >= SmallMin && value <= SmallMax) return SmallInts[value - SmallMin];
        return Memory.Heap.Alloc(new PyInt(Types.Int, value));
    }

    public static PyInt From(BigInteger value)
    {
        if (value >= long.MinValue && value <= long.MaxValue) return From((long)value);
        return Memory.Heap.Alloc(new PyInt(value));
    }

    /// <summary>The value as an int, or null when it does not fit.</summary>
    public int? AsInt32 => !isBig && small is >= int.MinValue and <= int.MaxValue ? (int)small : null;

    /// <summary>Number of 30-bit digits CPython stores (at least one in 3.11, even for zero).</summary>
    public int DigitCount
    {
        get
        {
            if (!isBig)
            {
                var m = small == long.MinValue ? (ulong)long.MaxValue + 1 : (ulong)Math.Abs(small);
                var bits = 64 - BitOperations.LeadingZeroCount(m);
                return Math.Max(1, (bits + 29) / 30);
            }
            var magBits = (long)BigInteger.Abs(big).GetBitLength();
            return (int)Math.Max(1, (magBits + 29) / 30);
        }
    }

    /// <summary>int.__sizeof__ in 3.11: offsetof(ob_digit) + 4 per digit, at least one digit.</summary>
    public override long SizeOf() => 24 + 4L * DigitCount;

    /// <summary>Digits the block was allocated for when an operation sized it before normalizing (long_lshift).</summary>
    private int allocatedDigits;

    /// <summary>long_normalize shrinks ob_size but never the block: the allocation keeps the untrimmed size.</summary>
    public override int AllocationSize => ManagedAttributes is not null
        ? Memory.Heap.GenericAllocSize(Type, DigitCount)
        : allocatedDigits > DigitCount ? 24 + 4 * allocatedDigits : base.AllocationSize;

    /// <summary>subtype_traverse for a subclass: the dict, then the heap type (int itself owns no references).</summary>
    public override void Traverse(Action<PyObject> visit)
    {
        if (ManagedAttributes is not { } attrs) return;
        attrs.Traverse(visit);
        visit(Type);
    }

    /// <summary>subtype_dealloc: the dict, long_dealloc (tp_free), then the type.</summary>
    internal override void ReleaseReferences() => ManagedAttributes?.SubtypeDealloc(() => { });

    /// <summary>subtype_clear: only the dict (int has no tp_clear).</summary>
    internal override void GcClear() => ManagedAttributes?.Clear();

    /// <summary>subtype_dealloc uses the trashcan; long_dealloc does not.</summary>
    internal override bool UsesTrashcan => ManagedAttributes is not null;

    /// <summary>
    /// A new int whose block was requested for <paramref name="digits"/> digits, as _PyLong_New(n) followed by
    /// long_normalize leaves it (a cached small int when the value is one, as maybe_small_long returns).
    /// </summary>
    public static PyInt FromUntrimmed(BigInteger value, int digits)
    {
        if (value >= SmallMin && value <= SmallMax) return SmallInts[(int)value - SmallMin];
        var obj = value >= long.MinValue && value <= long.MaxValue ? new PyInt(Types.Int, (long)value) : new PyInt(value);
        obj.allocatedDigits = digits;
        return Memory.Heap.Alloc(obj);
    }

    public override string ToString() => isBig ? big.ToString() : small.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static PyInt[] MakeSmallInts()
    {
        var result = new PyInt[SmallMax - SmallMin + 1];
        for (var i = SmallMin; i <= SmallMax; i++) result[i - SmallMin] = Memory.Heap.Static(new PyInt(Types.Int, i));
        return result;
    }
}
