using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>
/// Models Objects/object.c: Py_ReprEnter / Py_ReprLeave — the per-thread list of containers whose repr is in
/// progress, so a container that contains itself prints as <c>[...]</c>, <c>(...)</c> or <c>{...}</c>.
/// Like CPython's list in the thread dict, it holds a reference to each container while its repr runs.
/// </summary>
public static class ReprRecursion
{
    private static readonly PyStr Key = PyStr.Intern("Py_Repr");

    /// <summary>The thread dict's 'Py_Repr' list, made (with the dict) on first use: two GC objects that stay.</summary>
    private static PyList ReprList(bool create)
    {
        var ts = Interpreter.Current.Thread;
        if (ts.Dict is null)
        {
            if (!create) return null!;
            ts.Dict = PyDict.New();
        }
        if (ts.Dict.GetItemOrNull(Key) is PyList list) return list;
        if (!create) return null!;
        list = PyList.New();
        ts.Dict.SetItem(Key, list);
        RefCounts.DecRef(list);
        return list;
    }

    /// <summary>Py_ReprEnter: false when <paramref name="o"/> is already being repr'd on this thread.</summary>
    public static bool Enter(PyObject o)
    {
        var list = ReprList(create: true);
        for (var i = list.Count - 1; i >= 0; i--)
            if (ReferenceEquals(list[i], o)) return false;
        list.Append(o);
        return true;
    }

    /// <summary>Py_ReprLeave: forgets the most recent entry for <paramref name="o"/>.</summary>
    public static void Leave(PyObject o)
    {
        var list = ReprList(create: false);
        if (list is null) return;
        for (var i = list.Count - 1; i >= 0; i--)
        {
            if (!ReferenceEquals(list[i], o)) continue;
            list.ReplaceSlice(i, i + 1, []);
            return;
        }
    }
}
