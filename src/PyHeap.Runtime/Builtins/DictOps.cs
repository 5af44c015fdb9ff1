using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>Shared dict operations used by the VM (DICT_UPDATE) and dict methods.</summary>
public static class DictOps
{
    /// <summary>dict.update(mapping): a dict's items in order, else keys() and [key].</summary>
    public static void Update(PyDict target, PyObject source)
    {
        if (source is PyDict d)
        {
            foreach (var (k, v) in d.Pairs().ToList()) target.SetItem(k, v);
            return;
        }
        var keys = Interpreter.Current.CallMethod(source, "keys", []);
        try
        {
            foreach (var k in Abstract.ToList(keys))
            {
                var v = Abstract.GetItem(source, k);
                target.SetItem(k, v);
                RefCounts.DecRef(v);
                RefCounts.DecRef(k);
            }
        }
        finally
        {
            RefCounts.DecRef(keys);
        }
    }
}
