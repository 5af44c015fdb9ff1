using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>Shared list operations used by the VM (LIST_EXTEND) and list methods.</summary>
public static class ListOps
{
    /// <summary>list.extend: appends every item of <paramref name="iterable"/> (list_extend's growth rules).</summary>
    public static void Extend(PyList list, PyObject iterable)
    {
        if (iterable is PyList or PyTuple && (iterable.Type == Types.List || iterable.Type == Types.Tuple))
        {
            var items = iterable is PyList l ? l.Items.ToArray() : ((PyTuple)iterable).Items;
            if (items.Length == 0) return;
            var n = list.Count;
            list.Resize(n + items.Length);
            for (var i = 0; i < items.Length; i++)
            {
                RefCounts.IncRef(items[i]);
                list.Items[n + i] = items[i];
            }
            return;
        }
        var it = Abstract.GetIter(iterable);
        try
        {
            while (Abstract.IterNext(it) is { } item) list.AppendSteal(item);
        }
        finally
        {
            RefCounts.DecRef(it);
        }
    }
}
