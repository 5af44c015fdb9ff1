using PyHeap.Runtime.Events;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Tests.Vm;

public class AllocatorEventTests
{
    [Fact]
    public void The_event_recorder_sees_blocks_pools_and_raw_chunks_as_objects_come_and_go()
    {
        var interp = new Interpreter(new InterpreterOptions()) { Stdout = new StringWriter(), Stderr = new StringWriter() };
        var recorder = new EventRecorder();
        recorder.Attach(interp);
        try
        {
            // 3000 small lists fill new pools; [0] * 100 needs an 800-byte item array from the raw allocator.
            var result = interp.Execute("keep = [[i] for i in range(3000)]\nbig = [0] * 100\ndel big\n", "cell.py");
            Assert.True(result.Ok);
        }
        finally
        {
            recorder.Detach();
        }
        var events = recorder.Events;
        Assert.Contains(events, e => e.Kind == HeapEventKind.PoolInitialized);
        Assert.Contains(events, e => e.Kind == HeapEventKind.BlockAllocated && e.Line == 1);
        var raw = events.First(e => e.Kind == HeapEventKind.RawAllocated && e.Delta == 800);
        Assert.Contains(events, e => e.Kind == HeapEventKind.RawFreed && e.Address == raw.Address);
    }
}
