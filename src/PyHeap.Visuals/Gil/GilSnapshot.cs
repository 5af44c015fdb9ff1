using PyHeap.Runtime.Threading;
using PyHeap.Runtime.Vm;

namespace PyHeap.Visuals.Gil;

/// <summary>
/// A copy of the interpreter's GIL timeline (Threading/GilTimeline.cs) and what the view needs around it: thread
/// names, the clock, the switch interval, how many events the bounded buffer dropped, whether the GIL is on, and
/// the last memory corruption a run without it ended with. Taking it reads no Python object.
/// </summary>
public sealed record GilSnapshot(IReadOnlyList<GilEvent> Events, IReadOnlyDictionary<long, string> Names, long NowNs,
    long Dropped, int Capacity, long SwitchIntervalNs, IReadOnlyList<long> AliveThreads, int? NoGilSeed,
    MemoryCorruptionReport? Corruption)
{
    public bool GilEnabled => NoGilSeed is null;

    public static GilSnapshot Take(Interpreter interp)
    {
        var s = interp.Scheduler;
        return new GilSnapshot(s.Timeline.Snapshot(), new Dictionary<long, string>(s.ThreadNames), s.Now, s.Timeline.Dropped,
            s.Timeline.Capacity, s.SwitchIntervalNs, interp.Threads.Select(t => t.Id).ToList(), s.NoGil?.Seed, s.LastCorruption);
    }

    public string NameOf(long id) => Names.TryGetValue(id, out var n) ? $"{n} #{id}" : $"thread {id}";
}
