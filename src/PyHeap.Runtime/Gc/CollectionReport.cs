namespace PyHeap.Runtime.Gc;

/// <summary>One object as a collection saw it (a snapshot: the object itself may be gone by now).</summary>
public readonly record struct GcObjectInfo(long Address, string TypeName);

/// <summary>A reference between two objects of a collection's unreachable set (by address).</summary>
public readonly record struct GcEdge(long From, long To);

/// <summary>
/// What one collection did (the GcStarted/GcFinished events and the views): the generation, whether it was
/// automatic, the counts before and after, how many objects were examined, the unreachable set with the
/// references among them, which were finalized and which resurrected, the totals and the promoted survivors.
/// Object lists are filled only when someone observes collections.
/// </summary>
public sealed class CollectionReport
{
    public int Generation { get; init; }
    public bool Automatic { get; init; }
    public int[] CountsBefore { get; init; } = [];
    public int[] CountsAfter { get; internal set; } = [];
    public int Examined { get; internal set; }
    public List<GcObjectInfo> Unreachable { get; } = [];
    public List<GcEdge> UnreachableEdges { get; } = [];
    public List<GcObjectInfo> Finalized { get; } = [];
    public List<GcObjectInfo> Resurrected { get; } = [];
    public List<GcObjectInfo> UncollectableObjects { get; } = [];

    /// <summary>m in gc_collect_main: unreachable objects collected (weakrefs freed after their callback included).</summary>
    public long Collected { get; internal set; }

    /// <summary>n: unreachable objects kept because of legacy finalizers (they go to gc.garbage).</summary>
    public long Uncollectable { get; internal set; }

    /// <summary>Survivors moved to the next generation (0 for a full collection).</summary>
    public int Promoted { get; internal set; }

    /// <summary>False for the GcStarted snapshot, true once the collection is done.</summary>
    public bool Finished { get; internal set; }

    /// <summary>What is known when a collection starts (for the GcStarted event).</summary>
    internal CollectionReport StartSnapshot() => new()
    {
        Generation = Generation,
        Automatic = Automatic,
        CountsBefore = CountsBefore,
        Examined = Examined,
    };
}
