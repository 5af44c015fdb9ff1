namespace PyHeap.Runtime.Objects;

/// <summary>bool, a subclass of int with exactly two static instances.</summary>
public sealed class PyBool : PyInt
{
    public static readonly PyBool True = Memory.Heap.Static(new PyBool(1));
    public static readonly PyBool False = Memory.Heap.Static(new PyBool(0));

    private PyBool(long value)
        : base(Types.Bool, value)
    {
    }

    public static PyBool From(bool value) => value ? True : False;

    public override string ToString() => Value != 0 ? "True" : "False";
}
