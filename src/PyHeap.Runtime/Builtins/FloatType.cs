using PyHeap.Runtime.Numerics;
using PyHeap.Runtime.Objects;

namespace PyHeap.Runtime.Builtins;

/// <summary>float's slots and namespace (Objects/floatobject.c: PyFloat_Type).</summary>
public static class FloatType
{
    public static void Install()
    {
        var t = Types.Float;
        t.Repr = self => PyStr.From(FloatRepr.Repr(((PyFloat)self).Value));
        t.Hash = FloatArithmetic.Hash;
        t.Bool = self => ((PyFloat)self).Value != 0;
        t.RichCompare = FloatArithmetic.Compare;
        t.Float = FloatArithmetic.Exact;
        t.Int = FloatMethods.ToInt;
        t.Negative = FloatArithmetic.Negative;
        t.Positive = FloatArithmetic.Exact;
        t.Absolute = FloatArithmetic.Absolute;
        t.Power = FloatArithmetic.PowerModulo;
        var n = t.NumberSlots;
        n[NumberSlot.Add] = FloatArithmetic.Add;
        n[NumberSlot.Subtract] = FloatArithmetic.Subtract;
        n[NumberSlot.Multiply] = FloatArithmetic.Multiply;
        n[NumberSlot.TrueDivide] = FloatArithmetic.TrueDivide;
        n[NumberSlot.FloorDivide] = FloatArithmetic.FloorDivide;
        n[NumberSlot.Remainder] = FloatArithmetic.Modulo;
        n[NumberSlot.Power] = FloatArithmetic.Power;
        t.New = (type, args, kw) => FloatConstructor.New((PyType)type, args, kw);
        NumberDunders.Install(t, FloatArithmetic.DivMod);
        FloatMethods.Install(t);
        ContainerDunders.AddNew(t, genericNew: false);
        TypeDicts.AddClassMethod(t, "fromhex", FloatConstructor.FromHex);
    }

    /// <summary>Maps an error raised by the numerics library to its exception type.</summary>
    public static PyType ExceptionTypeByName(string name) => NumberErrors.TypeByName(name);
}
