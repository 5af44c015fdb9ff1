using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>bool (Objects/boolobject.c): int's slots except repr, new, and &amp; | ^ that stay bool for two bools.</summary>
public static class BoolType
{
    public static void Install()
    {
        var b = Types.Bool;
        b.Repr = self => PyStr.Intern(((PyInt)self).Value != 0 ? "True" : "False");
        b.NumberSlots[NumberSlot.And] = And;
        b.NumberSlots[NumberSlot.Or] = Or;
        b.NumberSlots[NumberSlot.Xor] = Xor;
        b.New = (type, args, kw) =>
        {
            NativeArgs.NoKeywords("bool", kw);
            if (args.Length > 1) throw Errors.TypeError($"bool expected at most 1 argument, got {args.Length}");
            return PyBool.From(args.Length == 1 && Abstract.IsTrue(args[0]));
        };
        ContainerDunders.AddNew(b, genericNew: false);
        SlotWrappers.AddOperators(b);
    }

    /// <summary>bool_and: a bool for two bools, else int's &amp;.</summary>
    public static PyObject And(PyObject a, PyObject b) =>
        a is PyBool x && b is PyBool y ? PyBool.From((x.Value & y.Value) != 0) : IntArithmetic.And(a, b);

    public static PyObject Or(PyObject a, PyObject b) =>
        a is PyBool x && b is PyBool y ? PyBool.From((x.Value | y.Value) != 0) : IntArithmetic.Or(a, b);

    public static PyObject Xor(PyObject a, PyObject b) =>
        a is PyBool x && b is PyBool y ? PyBool.From((x.Value ^ y.Value) != 0) : IntArithmetic.Xor(a, b);
}
