using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>Shared set operations used by the VM (SET_UPDATE) and set methods.</summary>
public static class SetOps
{
    public static void Update(PySet set, PyObject iterable)
    {
        var it = Abstract.GetIter(iterable);
        try
        {
            while (Abstract.IterNext(it) is { } item)
            {
                try
                {
                    set.Add(item);
                }
                finally
                {
                    RefCounts.DecRef(item);
                }
            }
        }
        finally
        {
            RefCounts.DecRef(it);
        }
    }
}
