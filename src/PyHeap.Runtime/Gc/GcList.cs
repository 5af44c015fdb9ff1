using PyHeap.Runtime.Objects;

namespace PyHeap.Runtime.Gc;

/// <summary>Models Modules/gcmodule.c's list functions (gc_list_init, _append, _remove, _move, _merge, _size).</summary>
internal static class GcList
{
    public static void Init(GcListHead list)
    {
        list.GcNext = list;
        list.GcPrev = list;
    }

    public static bool IsEmpty(GcListHead list) => ReferenceEquals(list.GcNext, list);

    public static void Append(GcLink node, GcListHead list)
    {
        var last = list.GcPrev!;
        node.GcPrev = last;
        last.GcNext = node;
        node.GcNext = list;
        list.GcPrev = node;
    }

    /// <summary>Unlinks <paramref name="node"/>; it is untracked afterwards.</summary>
    public static void Remove(GcLink node)
    {
        var prev = node.GcPrev!;
        var next = node.GcNext!;
        prev.GcNext = next;
        next.GcPrev = prev;
        node.GcNext = null;
        node.GcPrev = null;
    }

    /// <summary>Moves <paramref name="node"/> from whatever list it is on to the end of <paramref name="list"/>.</summary>
    public static void Move(GcLink node, GcListHead list)
    {
        var fromPrev = node.GcPrev!;
        var fromNext = node.GcNext!;
        fromPrev.GcNext = fromNext;
        fromNext.GcPrev = fromPrev;
        var toPrev = list.GcPrev!;
        node.GcPrev = toPrev;
        toPrev.GcNext = node;
        list.GcPrev = node;
        node.GcNext = list;
    }

    /// <summary>Appends <paramref name="from"/> onto <paramref name="to"/>; <paramref name="from"/> becomes empty.</summary>
    public static void Merge(GcListHead from, GcListHead to)
    {
        if (!IsEmpty(from))
        {
            var toTail = to.GcPrev!;
            var fromHead = from.GcNext!;
            var fromTail = from.GcPrev!;
            toTail.GcNext = fromHead;
            fromHead.GcPrev = toTail;
            fromTail.GcNext = to;
            to.GcPrev = fromTail;
        }
        Init(from);
    }

    public static int Size(GcListHead list)
    {
        var n = 0;
        for (var gc = list.GcNext!; !ReferenceEquals(gc, list); gc = gc.GcNext!) n++;
        return n;
    }

    /// <summary>The objects on a list, head to tail (a copy, so the caller may run code that changes the list).</summary>
    public static List<PyObject> ToList(GcListHead list)
    {
        var result = new List<PyObject>();
        for (var gc = list.GcNext!; !ReferenceEquals(gc, list); gc = gc.GcNext!) result.Add((PyObject)gc);
        return result;
    }
}
