namespace PyHeap.Runtime.Gc;

/// <summary>gc.set_debug flags (Modules/gcmodule.c).</summary>
[Flags]
public enum GcDebug
{
    None = 0,
    Stats = 1 << 0,
    Collectable = 1 << 1,
    Uncollectable = 1 << 2,
    SaveAll = 1 << 5,
    Leak = Collectable | Uncollectable | SaveAll,
}
