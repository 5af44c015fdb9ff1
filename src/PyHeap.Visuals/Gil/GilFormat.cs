using System.Globalization;
using PyHeap.Runtime.Threading;
using PyHeap.Visuals.Rendering;

namespace PyHeap.Visuals.Gil;

/// <summary>The words and colours the GIL view uses for states and hand-over causes (Okabe–Ito).</summary>
public static class GilFormat
{
    /// <summary>Simulated nanoseconds as milliseconds, three decimals.</summary>
    public static string Ms(long ns) => (ns / 1e6).ToString("0.000", CultureInfo.InvariantCulture) + " ms";

    public static string State(GilLaneState s) => s switch
    {
        GilLaneState.Running => "running",
        GilLaneState.Waiting => "waiting for the GIL",
        GilLaneState.Blocked => "blocked",
        _ => "finished",
    };

    public static string StateColour(GilLaneState s) => s switch
    {
        GilLaneState.Running => Palette.Blue,
        GilLaneState.Waiting => Palette.Orange,
        GilLaneState.Blocked => Palette.SkyBlue,
        _ => Palette.LightGrey,
    };

    public static string Cause(GilCause c) => c switch
    {
        GilCause.IntervalExpired => "switch interval expired",
        GilCause.BlockingCall => "blocking call",
        GilCause.ThreadEnd => "thread end",
        GilCause.ThreadStart => "thread start",
        GilCause.Woken => "woken",
        GilCause.Timeout => "timeout",
        GilCause.Preempted => "preempted mid-update (no GIL)",
        GilCause.TimeSlice => "time slice ended (no GIL)",
        _ => "yield",
    };

    public static string CauseColour(GilCause c) => c switch
    {
        GilCause.IntervalExpired => Palette.Vermillion,
        GilCause.BlockingCall => Palette.Green,
        GilCause.ThreadEnd => Palette.Black,
        GilCause.Preempted => Palette.Purple,
        GilCause.TimeSlice => Palette.Yellow,
        _ => Palette.DarkGrey,
    };

    public static string Step(RefCountStep s) => s.Kind switch
    {
        RefCountStepKind.Load => $"load  {s.Value}",
        RefCountStepKind.Add => $"add → {s.Value}",
        _ => s.Lost == 0 ? $"store {s.Value}" : $"store {s.Value}  ✗ overwrote {Math.Abs(s.Lost)} update{(Math.Abs(s.Lost) == 1 ? "" : "s")}",
    };
}
