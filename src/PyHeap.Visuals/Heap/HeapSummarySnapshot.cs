using PyHeap.Runtime.Gc;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Visuals.Heap;

/// <summary>
/// The data of the heap summary (<c>%heap</c> / <c>pyheap.heap()</c>): every live object grouped by type, sorted by
/// bytes, the first <see cref="Top"/> types with a row of their own and the rest as "others".
/// </summary>
public sealed record HeapSummarySnapshot(IReadOnlyList<TypeRow> Rows, TypeRow Total, int TypeCount, int Top)
{
    public const int DefaultTop = 15;

    /// <summary>Takes the snapshot on the interpreter thread from <c>Heap.LiveObjects</c>; reads headers only.</summary>
    public static HeapSummarySnapshot Take(Interpreter interp, int top = DefaultTop)
    {
        var live = interp.Heap.LiveObjects ?? throw new InvalidOperationException("live-object tracking is off");
        var gc = interp.Heap.Gc;
        // One walk of each generation's list instead of GenerationOf per object (which walks the lists each time).
        var generation = new Dictionary<PyObject, int>(ReferenceEqualityComparer.Instance);
        for (var g = 0; g < GcState.NumGenerations; g++)
            foreach (var o in gc.Objects(g)) generation[o] = g;

        var byType = new Dictionary<PyType, Accumulator>(ReferenceEqualityComparer.Instance);
        foreach (var obj in live.Values)
        {
            if (!byType.TryGetValue(obj.Type, out var acc)) byType[obj.Type] = acc = new Accumulator();
            // Tracked but in no generation list: frozen into the permanent generation (gc.freeze()).
            var slot = generation.TryGetValue(obj, out var g2) ? g2 : obj.IsGcTracked ? GcState.NumGenerations : TypeRow.Slots - 1;
            acc.Add(obj.AllocationSize, slot);
        }

        var named = byType.Select(kv => kv.Value.Row(kv.Key.Name, 1)).ToList();
        // Two classes may share a name (redefined in a later cell): tell them apart by the type's address.
        var duplicates = named.GroupBy(r => r.TypeName).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
        var rows = byType.Select(kv => kv.Value.Row(duplicates.Contains(kv.Key.Name) ? $"{kv.Key.Name} @0x{kv.Key.Address:x}" : kv.Key.Name, 1))
            .OrderByDescending(r => r.Bytes).ThenByDescending(r => r.Count).ThenBy(r => r.TypeName, StringComparer.Ordinal).ToList();
        var total = Sum("total", rows);
        if (rows.Count > top)
        {
            var others = Sum($"others ({rows.Count - top} types)", rows.Skip(top).ToList());
            rows = [.. rows.Take(top), others];
        }
        return new HeapSummarySnapshot(rows, total, byType.Count, top);
    }

    private static TypeRow Sum(string name, IReadOnlyList<TypeRow> rows) => new(
        name, rows.Sum(r => r.Types), rows.Sum(r => r.Count), rows.Sum(r => r.Bytes), rows.Sum(r => r.Tracked),
        Enumerable.Range(0, TypeRow.Slots - 1).Select(i => rows.Sum(r => r.Generations[i])).ToArray(),
        Enumerable.Range(0, TypeRow.Slots).Select(i => rows.Sum(r => r.BytesByGeneration[i])).ToArray());

    private sealed class Accumulator
    {
        private long count, bytes;
        private readonly long[] perSlot = new long[TypeRow.Slots];
        private readonly long[] bytesPerSlot = new long[TypeRow.Slots];

        public void Add(long size, int slot)
        {
            count++;
            bytes += size;
            perSlot[slot]++;
            bytesPerSlot[slot] += size;
        }

        public TypeRow Row(string name, int types) =>
            new(name, types, count, bytes, count - perSlot[TypeRow.Slots - 1], perSlot[..(TypeRow.Slots - 1)], bytesPerSlot.ToArray());
    }
}
