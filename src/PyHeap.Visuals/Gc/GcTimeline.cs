using System.Runtime.CompilerServices;
using PyHeap.Runtime.Gc;
using PyHeap.Runtime.Vm;

namespace PyHeap.Visuals.Gc;

/// <summary>
/// The session's record of the collector: the generation counts sampled at every collection (before and
/// after) and at every mark the host sets (a cell's end), and a summary of each collection. Bounded: the
/// oldest samples go first, and the view says how many were dropped. One per interpreter, attached on first use.
/// </summary>
public sealed class GcTimeline
{
    public const int Capacity = 2000;
    private static readonly ConditionalWeakTable<Interpreter, GcTimeline> Timelines = new();
    private readonly Interpreter interp;
    private readonly List<GcSample> samples = [];
    private readonly List<CollectionSummary> collections = [];
    private int step;

    private GcTimeline(Interpreter interp)
    {
        this.interp = interp;
        interp.Heap.Gc.CollectionObserver += OnCollection;
        Mark("start");
    }

    /// <summary>The interpreter's timeline, starting it if this is the first use.</summary>
    public static GcTimeline For(Interpreter interp) => Timelines.GetValue(interp, i => new GcTimeline(i));

    public long DroppedSamples { get; private set; }

    public IReadOnlyList<GcSample> Samples => samples;

    public IReadOnlyList<CollectionSummary> Collections => collections;

    /// <summary>The last finished collection in full (for <c>%gc collect</c>).</summary>
    public CollectionReport? LastReport { get; private set; }

    /// <summary>Samples the counts now under a label (the kernel marks each cell's end: "In [3]").</summary>
    public void Mark(string label) => Add(new GcSample(step++, label, Counts(), null));

    private int[] Counts() => interp.Heap.Gc.Generations.Select(g => g.Count).ToArray();

    private void OnCollection(CollectionReport report)
    {
        if (!report.Finished)
        {
            Add(new GcSample(step++, "before", report.CountsBefore, null));
            return;
        }
        LastReport = report;
        var summary = new CollectionSummary(collections.Count + 1, report.Generation, report.Automatic, report.Examined,
            report.Unreachable.Count, report.Collected, report.Uncollectable, report.Promoted);
        collections.Add(summary);
        if (collections.Count > Capacity) collections.RemoveAt(0);
        Add(new GcSample(step++, "after", report.CountsAfter, summary));
    }

    private void Add(GcSample sample)
    {
        samples.Add(sample);
        if (samples.Count <= Capacity) return;
        samples.RemoveAt(0);
        DroppedSamples++;
    }
}
