using PyHeap.Runtime.Vm;

using ThreadState = PyHeap.Runtime.Vm.ThreadState;

namespace PyHeap.Runtime.Threading;

/// <summary>Something threads block on (a lock): the threads waiting for it, woken when it becomes available.</summary>
public interface IWaitable
{
    List<ThreadState> Waiters { get; }
}
