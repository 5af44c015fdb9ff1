using PyHeap.Runtime.Builtins;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Threading;

/// <summary>
/// The static types _thread.lock and _thread.RLock (Modules/_threadmodule.c: Locktype, RLocktype) and their methods.
/// acquire() on a held lock is a blocking call: it releases the GIL until the lock is released or the timeout passes.
/// </summary>
public static class LockTypes
{
    public static readonly PyType Lock = MakeLock();
    public static readonly PyType RLock = MakeRLock();

    private static PyType MakeLock()
    {
        var t = Types.Make("lock", 40, TypeFlags.None);
        t.ModuleName = "_thread";
        t.Hash = ObjectMethods.PointerHash;
        TypeSetup.Register(t);
        NativeFunction acquire = (self, args, kw) => PyBool.From(Acquire((PyLock)self, args, kw));
        NativeFunction release = (self, args, kw) =>
        {
            NativeArgs.None("release", args, kw);
            var l = (PyLock)self;
            if (!l.Locked) throw Errors.RuntimeError("release unlocked lock");
            l.Release(Interpreter.Current.Scheduler);
            return PyNone.None;
        };
        TypeDicts.AddMethod(t, "acquire", acquire);
        TypeDicts.AddMethod(t, "acquire_lock", acquire);
        TypeDicts.AddMethod(t, "__enter__", acquire);
        TypeDicts.AddMethod(t, "release", release);
        TypeDicts.AddMethod(t, "release_lock", release);
        TypeDicts.AddMethod(t, "__exit__", (self, args, kw) => release(self, [], null));
        TypeDicts.AddMethod(t, "locked", (self, args, kw) => PyBool.From(((PyLock)self).Locked));
        TypeDicts.AddMethod(t, "locked_lock", (self, args, kw) => PyBool.From(((PyLock)self).Locked));
        t.Repr = self => PyStr.From($"<{(((PyLock)self).Locked ? "locked" : "unlocked")} _thread.lock object at 0x{self.Address:x}>");
        return t;
    }

    private static PyType MakeRLock()
    {
        var t = Types.Make("RLock", 48, TypeFlags.None);
        t.ModuleName = "_thread";
        t.Hash = ObjectMethods.PointerHash;
        TypeSetup.Register(t);
        t.New = (type, args, kw) => PyLock.New((PyType)type);
        NativeFunction acquire = (self, args, kw) => PyBool.From(Acquire((PyLock)self, args, kw));
        NativeFunction release = (self, args, kw) =>
        {
            var l = (PyLock)self;
            if (!l.Locked || l.Owner != Interpreter.Current.Thread.Id) throw Errors.RuntimeError("cannot release un-acquired lock");
            l.Release(Interpreter.Current.Scheduler);
            return PyNone.None;
        };
        TypeDicts.AddMethod(t, "acquire", acquire);
        TypeDicts.AddMethod(t, "__enter__", acquire);
        TypeDicts.AddMethod(t, "release", release);
        TypeDicts.AddMethod(t, "__exit__", (self, args, kw) => release(self, [], null));
        TypeDicts.AddMethod(t, "_is_owned", (self, args, kw) =>
        {
            var l = (PyLock)self;
            return PyBool.From(l.Locked && l.Owner == Interpreter.Current.Thread.Id);
        });
        TypeDicts.AddMethod(t, "_release_save", (self, args, kw) =>
        {
            var l = (PyLock)self;
            if (!l.Locked) throw Errors.RuntimeError("cannot release un-acquired lock");
            var (count, owner) = l.ReleaseAll(Interpreter.Current.Scheduler);
            return PyTuple.Steal([PyInt.From(count), PyInt.From(owner)]);
        });
        TypeDicts.AddMethod(t, "_acquire_restore", (self, args, kw) =>
        {
            var l = (PyLock)self;
            var state = (PyTuple)args[0];
            var ts = Interpreter.Current.Thread;
            Interpreter.Current.Scheduler.WaitFor(l, () => l.TryAcquire(ts), -1);
            l.Restore((long)((PyInt)state.Items[0]).BigValue, (long)((PyInt)state.Items[1]).BigValue);
            return PyNone.None;
        });
        t.Repr = self =>
        {
            var l = (PyLock)self;
            return PyStr.From($"<{(l.Locked ? "locked" : "unlocked")} _thread.RLock object owner={l.Owner} count={l.Count} at 0x{self.Address:x}>");
        };
        return t;
    }

    /// <summary>lock_PyThread_acquire_lock / rlock_acquire: (blocking=True, timeout=-1).</summary>
    private static bool Acquire(PyLock l, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var (positional, keywords) = NativeArgs.Split(args, kw);
        NativeArgs.CheckKeywords("acquire", keywords, "blocking", "timeout");
        if (positional.Length > 2) throw Errors.TypeError($"acquire() takes at most 2 arguments ({positional.Length} given)");
        var blockingArg = positional.Length > 0 ? positional[0] : keywords.GetValueOrDefault("blocking");
        var timeoutArg = positional.Length > 1 ? positional[1] : keywords.GetValueOrDefault("timeout");
        var blocking = blockingArg is null || Abstract.IsTrue(blockingArg);
        var timeout = timeoutArg is null ? -1.0 : TimeArgs.Seconds(timeoutArg);
        if (!blocking && timeout != -1) throw Errors.ValueError("can't specify a timeout for a non-blocking call");
        if (timeout < 0 && timeout != -1) throw Errors.ValueError("timeout value must be positive");
        var ts = Interpreter.Current.Thread;
        if (!blocking) return l.TryAcquire(ts);
        return Interpreter.Current.Scheduler.WaitFor(l, () => l.TryAcquire(ts), timeout);
    }
}
