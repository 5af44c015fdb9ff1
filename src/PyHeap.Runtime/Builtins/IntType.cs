using PyHeap.Runtime.Objects;

namespace PyHeap.Runtime.Builtins;

/// <summary>int's slots and namespace (Objects/longobject.c: PyLong_Type). bool inherits them (BoolType).</summary>
public static class IntType
{
    public static void Install()
    {
        var t = Types.Int;
        t.Repr = self => PyStr.From(IntText.Decimal((PyInt)self));
        t.Hash = IntArithmetic.Hash;
        t.Bool = self => ((PyInt)self).IsBig || ((PyInt)self).Value != 0;
        t.RichCompare = IntArithmetic.Compare;
        t.Index = IntArithmetic.Exact;
        t.Int = IntArithmetic.Exact;
        t.Float = self => PyFloat.From(FloatArithmetic.ToDouble((PyInt)self));
        t.Negative = IntArithmetic.Negative;
        t.Positive = IntArithmetic.Exact;
        t.Absolute = IntArithmetic.Absolute;
        t.Invert = IntArithmetic.Invert;
        t.Power = IntArithmetic.PowerModulo;
        var n = t.NumberSlots;
        n[NumberSlot.Add] = IntArithmetic.Add;
        n[NumberSlot.And] = IntArithmetic.And;
        n[NumberSlot.FloorDivide] = IntArithmetic.FloorDivide;
        n[NumberSlot.LeftShift] = IntArithmetic.LeftShift;
        n[NumberSlot.Multiply] = IntArithmetic.Multiply;
        n[NumberSlot.Remainder] = IntArithmetic.Modulo;
        n[NumberSlot.Or] = IntArithmetic.Or;
        n[NumberSlot.Power] = IntArithmetic.Power;
        n[NumberSlot.RightShift] = IntArithmetic.RightShift;
        n[NumberSlot.Subtract] = IntArithmetic.Subtract;
        n[NumberSlot.TrueDivide] = IntArithmetic.TrueDivide;
        n[NumberSlot.Xor] = IntArithmetic.Xor;
        t.New = (type, args, kw) => IntConstructor.New((PyType)type, args, kw);
        NumberDunders.Install(t, IntArithmetic.DivMod);
        IntMethods.Install(t);
        ContainerDunders.AddNew(t, genericNew: false);
        BoolType.Install();
    }

    /// <summary>long_hash for values that fit a long.</summary>
    public static long HashLong(long v)
    {
        if (v == -1) return -2;
        if (v > -((1L << 61) - 1) && v < (1L << 61) - 1) return v; // |v| below the modulus 2**61 - 1
        return Numerics.PyHash.Int(v);
    }
}
