using PyHeap.Runtime.Objects;
using PyHeap.Visuals.Gil;

namespace PyHeap.Kernel;

internal static partial class ViewMagics
{
    static partial void RegisterThreadViews(MagicRegistry registry)
    {
        registry.Register(new Magic("gil", false, "%gil: one lane per thread over simulated time, every GIL hand-over and its cause; %gil clear: show, then start a fresh timeline", Gil));
        registry.Register(new Magic("nogil", false, "%nogil unsafe [SEED]: switch the GIL off (refcount updates from two threads can be lost); %nogil off: switch it back on", NoGil));
    }

    private static PyObject Gil(MagicContext ctx)
    {
        var words = ctx.Line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 1 || (words.Length == 1 && words[0] != "clear"))
            throw new MagicUsageException("usage: %gil, or %gil clear");
        ctx.Session.ShowView(GilTimelineView.Render(GilSnapshot.Take(ctx.Interpreter)));
        if (words.Length == 1) ctx.Interpreter.Scheduler.Timeline.Clear();
        return PyNone.None;
    }

    private static PyObject NoGil(MagicContext ctx)
    {
        var words = ctx.Line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        const string usage = "usage: %nogil unsafe [SEED], or %nogil off";
        switch (words)
        {
            case ["off"]:
                ctx.Interpreter.Scheduler.SetGil(true, 0);
                ctx.Interpreter.Stdout.Write("GIL on: threads take turns as in CPython 3.11\n");
                return PyNone.None;
            case ["unsafe", .. var rest] when rest.Length <= 1:
                var seed = 0;
                if (rest.Length == 1 && !int.TryParse(rest[0], out seed)) throw new MagicUsageException($"%nogil unsafe: the seed must be an integer, not {rest[0]}");
                ctx.Interpreter.Scheduler.SetGil(false, seed);
                ctx.Interpreter.Stdout.Write($"GIL OFF (seed {seed}): refcount updates from different threads can now be lost; %nogil off restores it\n");
                return PyNone.None;
            default:
                throw new MagicUsageException(usage);
        }
    }
}
