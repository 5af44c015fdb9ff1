namespace PyHeap.Runtime.Gc;

/// <summary>A list head (a generation, or a collection's temporary list such as <c>unreachable</c>).</summary>
internal sealed class GcListHead : GcLink
{
    public GcListHead()
    {
        GcNext = this;
        GcPrev = this;
    }
}
