namespace PyHeap.Runtime.Objects;

/// <summary>float (Objects/floatobject.c): a double, 24 bytes.</summary>
public sealed class PyFloat : PyObject
{
    private PyFloat(double value)
        : base(Types.Float)
    {
        Value = value;
    }

    public double Value { get; }

    public static PyFloat From(double value) => Memory.Heap.Alloc(new PyFloat(value));

    public override long SizeOf() => 24;

    public override string ToString() => Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
}
