using PyHeap.Runtime.Memory;

namespace PyHeap.Runtime.Tests.Memory;

public class CurrentHeapTests
{
    [Fact]
    public void Each_host_thread_sees_the_heap_it_entered_while_threads_use_different_heaps()
    {
        var first = new Heap(new ObjectAllocator(), trackLiveObjects: false);
        var second = new Heap(new ObjectAllocator(), trackLiveObjects: false);
        using var entered = new Barrier(2);
        Heap? seenByFirst = null, seenBySecond = null, afterSecondLeft = null;
        var other = new Thread(() =>
        {
            var previous = second.Enter();
            entered.SignalAndWait();
            seenBySecond = Heap.Current;
            entered.SignalAndWait();
            Heap.Restore(previous);
            entered.SignalAndWait();
        });
        var previousHere = first.Enter();
        try
        {
            other.Start();
            entered.SignalAndWait();
            seenByFirst = Heap.Current;
            entered.SignalAndWait();
            entered.SignalAndWait();
            afterSecondLeft = Heap.Current;
            other.Join();
        }
        finally
        {
            Heap.Restore(previousHere);
        }
        Assert.Same(first, seenByFirst);
        Assert.Same(second, seenBySecond);
        Assert.Same(first, afterSecondLeft);
    }

    [Fact]
    public void Entering_a_nested_heap_on_one_thread_and_restoring_returns_to_the_outer_one()
    {
        var outer = new Heap(new ObjectAllocator(), trackLiveObjects: false);
        var inner = new Heap(new ObjectAllocator(), trackLiveObjects: false);
        var before = outer.Enter();
        try
        {
            var saved = inner.Enter();
            Assert.Same(inner, Heap.Current);
            Heap.Restore(saved);
            Assert.Same(outer, Heap.Current);
        }
        finally
        {
            Heap.Restore(before);
        }
    }
}
