using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>NoneType, NotImplementedType and ellipsis.</summary>
public static class SingletonTypes
{
    /// <summary>A hash(None) with the same low 12 bits as CPython 3.11.7's here (its high bits vary with ASLR).</summary>
    public const long NoneHash = 8760786574270;

    public static void Install()
    {
        Types.NoneType.Repr = _ => PyStr.Intern("None");
        Types.NoneType.Bool = _ => false;
        // hash(None) is the address of _Py_NoneStruct rotated; only its low bits are stable across runs of
        // python3, and they decide set order. This value has CPython 3.11.7's low bits on this platform.
        Types.NoneType.Hash = _ => NoneHash;
        Types.NoneType.New = (t, args, kw) =>
        {
            if (args.Length > 0) throw Errors.TypeError("NoneType takes no arguments");
            return PyNone.None;
        };
        Types.NotImplementedType.Repr = _ => PyStr.Intern("NotImplemented");
        Types.EllipsisType.Repr = _ => PyStr.Intern("Ellipsis");
    }
}
