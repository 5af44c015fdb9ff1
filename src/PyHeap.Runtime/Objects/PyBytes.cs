namespace PyHeap.Runtime.Objects;

/// <summary>bytes (Objects/bytesobject.c): immutable, 33 + n bytes.</summary>
public sealed class PyBytes : PyObject
{
    private static readonly PyBytes[] Singles = MakeSingles();
    public static readonly PyBytes Empty = Memory.Heap.Static(new PyBytes([]));
    private long hash = -1;

    private PyBytes(byte[] value)
        : base(Types.Bytes)
    {
        Value = value;
    }

    public byte[] Value { get; }

    public static PyBytes From(byte[] value)
    {
        if (value.Length == 0) return Empty;
        if (value.Length == 1) return Singles[value[0]];
        return Memory.Heap.Alloc(new PyBytes(value));
    }

    public long Hash
    {
        get
        {
            if (hash == -1) hash = Numerics.PyHash.Bytes(Value);
            return hash;
        }
    }

    public override long SizeOf() => 33 + Value.Length;

    private static PyBytes[] MakeSingles()
    {
        var result = new PyBytes[256];
        for (var i = 0; i < 256; i++) result[i] = Memory.Heap.Static(new PyBytes([(byte)i]));
        return result;
    }
}
