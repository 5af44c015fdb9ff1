using PyHeap.Runtime.Diagnostics;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Visuals.Refs;

/// <summary>An object's refcount and its holders at one moment (the data of the refcount-explanation view).</summary>
public sealed record RefsSnapshot(string Expression, string TypeName, string Repr, long Address, long RefCount, bool Immortal, IReadOnlyList<Referrer> Holders)
{
    /// <summary>Takes the snapshot on the interpreter thread; reads only.</summary>
    public static RefsSnapshot Take(Interpreter interp, string expression, PyObject target)
    {
        var holders = target.IsImmortal ? [] : ReferrerFinder.Find(interp, target);
        return new RefsSnapshot(expression, target.Type.Name, ShortRepr.Of(target), target.Address, target.RefCount, target.IsImmortal, holders);
    }
}
