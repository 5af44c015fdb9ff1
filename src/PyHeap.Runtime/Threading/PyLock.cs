using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

using ThreadState = PyHeap.Runtime.Vm.ThreadState;

namespace PyHeap.Runtime.Threading;

/// <summary>
/// _thread.lock and _thread.RLock (Modules/_threadmodule.c: lockobject, rlockobject): a lock any thread may release,
/// or a re-entrant lock owned by one thread with a recursion count. Waiting threads are listed so a release can
/// wake them; each then competes for the GIL and retries, as a woken OS thread would.
/// </summary>
public sealed class PyLock : PyObject, IWaitable
{
    private PyLock(PyType type, bool reentrant)
        : base(type)
    {
        Reentrant = reentrant;
    }

    public bool Reentrant { get; }
    public bool Locked { get; private set; }

    /// <summary>The owning thread's id (RLock only; 0 when unowned).</summary>
    public long Owner { get; private set; }

    /// <summary>RLock recursion count.</summary>
    public long Count { get; private set; }

    public List<ThreadState> Waiters { get; } = [];

    public static PyLock New(PyType type) => Heap.Alloc(new PyLock(type, ReferenceEquals(type, LockTypes.RLock) || type.IsSubtypeOf(LockTypes.RLock)));

    /// <summary>sizeof(lockObject) = 40 (ob_base, lock_lock, in_weakreflist, locked); rlockobject = 48.</summary>
    public override long SizeOf() => Reentrant ? 48 : 40;

    public override void Traverse(Action<PyObject> visit)
    {
    }

    internal override void ReleaseReferences()
    {
    }

    /// <summary>Takes the lock if it is free (or already ours, for an RLock).</summary>
    internal bool TryAcquire(ThreadState ts)
    {
        if (Reentrant && Locked && Owner == ts.Id)
        {
            Count++;
            return true;
        }
        if (Locked) return false;
        Locked = true;
        Owner = ts.Id;
        Count = 1;
        return true;
    }

    /// <summary>Releases and wakes every waiter (they race for the lock once they hold the GIL).</summary>
    internal void Release(Scheduler scheduler)
    {
        if (Reentrant && --Count > 0) return;
        Locked = false;
        Owner = 0;
        Count = 0;
        scheduler.WakeAll(this);
    }

    /// <summary>RLock._release_save: drops every level at once (Condition.wait), returning (count, owner).</summary>
    internal (long Count, long Owner) ReleaseAll(Scheduler scheduler)
    {
        var saved = (Count, Owner);
        Count = 1;
        Release(scheduler);
        return saved;
    }

    /// <summary>RLock._acquire_restore's second half, once the lock is held again.</summary>
    internal void Restore(long count, long owner)
    {
        Count = count;
        Owner = owner;
    }
}
