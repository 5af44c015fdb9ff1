using PyHeap.Runtime.Gc;
using PyHeap.Runtime.Vm;

namespace PyHeap.Visuals.Gc;

/// <summary>The generations now (count, threshold, objects, gc.get_stats() totals) and the session's timeline.</summary>
public sealed record GcStatsSnapshot(bool Enabled, IReadOnlyList<GenerationRow> Generations, int PermanentObjects,
    IReadOnlyList<GcSample> Samples, IReadOnlyList<CollectionSummary> Collections, long DroppedSamples)
{
    public static GcStatsSnapshot Take(Interpreter interp)
    {
        var gc = interp.Heap.Gc;
        var timeline = GcTimeline.For(interp);
        var rows = gc.Generations.Select((g, i) => new GenerationRow(i, g.Count, g.Threshold, g.Size,
            gc.Stats[i].Collections, gc.Stats[i].Collected, gc.Stats[i].Uncollectable)).ToList();
        return new GcStatsSnapshot(gc.Enabled, rows, gc.Permanent.Size, timeline.Samples.ToList(), timeline.Collections.ToList(), timeline.DroppedSamples);
    }
}
