using System.Runtime.CompilerServices;
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
    private static readonly ConditionalWeakTable<Vm.ThreadState, List<PyObject>> Stacks = new();

    /// <summary>Py_ReprEnter: false when <paramref name="o"/> is already being repr'd on this thread.</summary>
    public static bool Enter(PyObject o)
    {
        var stack = Stacks.GetOrCreateValue(Interpreter.Current.Thread);
        for (var i = stack.Count - 1; i >= 0; i--)
            if (ReferenceEquals(stack[i], o)) return false;
        RefCounts.IncRef(o);
        stack.Add(o);
        return true;
    }

    /// <summary>Py_ReprLeave: forgets the most recent entry for <paramref name="o"/>.</summary>
    public static void Leave(PyObject o)
    {
        if (!Stacks.TryGetValue(Interpreter.Current.Thread, out var stack)) return;
        for (var i = stack.Count - 1; i >= 0; i--)
        {
            if (!ReferenceEquals(stack[i], o)) continue;
            stack.RemoveAt(i);
            RefCounts.DecRef(o);
            return;
        }
    }
}
