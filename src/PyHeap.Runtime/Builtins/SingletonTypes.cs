using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>NoneType, NotImplementedType and ellipsis.</summary>
public static class SingletonTypes
{
    public static void Install()
    {
        Types.NoneType.Repr = _ => PyStr.Intern("None");
        Types.NoneType.Bool = _ => false;
        Types.NoneType.New = (t, args, kw) =>
        {
            if (args.Length > 0) throw Errors.TypeError("NoneType takes no arguments");
            return PyNone.None;
        };
        Types.NotImplementedType.Repr = _ => PyStr.Intern("NotImplemented");
        Types.EllipsisType.Repr = _ => PyStr.Intern("Ellipsis");
    }
}
