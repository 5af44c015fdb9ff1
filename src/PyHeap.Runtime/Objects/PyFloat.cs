namespace PyHeap.Runtime.Objects;

/// <summary>float (Objects/floatobject.c): a double, 24 bytes.</summary>
public sealed class PyFloat : PyObject
{
    private PyFloat(double value)
        : base(Types.Float)
    {
        Value = value;
    }

    internal override bool UsesFreeList(out Memory.FreeListKind kind, out int length)
    {
        kind = Memory.FreeListKind.Float;
        length = 0;
        return ReferenceEquals(Type, Types.Float);
    }

    public double Value { get; }

    public static PyFloat From(double value) => Memory.Heap.Alloc(new PyFloat(value));

    public override long SizeOf() => 24;

    public override string ToString() => Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
}
