using PyHeap.Runtime.Events;
using PyHeap.Runtime.Gc;
using PyHeap.Runtime.Tests.Vm;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Tests.Gc;

public class CollectorTests
{
    private static string Lines(params string[] lines) => string.Join("\n", lines);

    [Fact]
    public void Gc_collect_finds_a_self_referencing_list_and_frees_it()
    {
        var (stdout, stderr, result, interp) = Run.Code(Lines(
            "import gc",
            "gc.collect()",
            "a = []",
            "a.append(a)",
            "del a",
            "print(gc.collect())"), new InterpreterOptions { TrackLiveObjects = true });
        Assert.True(result.Ok, stderr);
        Assert.Equal("1\n", stdout);
        Assert.True(interp.Audit().Ok, interp.Audit().ToString());
    }

    [Fact]
    public void New_containers_are_tracked_in_generation_zero_and_promoted_by_a_young_collection()
    {
        var (_, stderr, result, interp) = Run.Code("x = [1]\n");
        Assert.True(result.Ok, stderr);
        using (interp.Enter())
        {
            var x = interp.MainModule.Dict.GetItemOrNull("x")!;
            var gc = interp.Heap.Gc;
            Assert.Equal(0, gc.GenerationOf(x));
            gc.Collect(0);
            Assert.Equal(1, gc.GenerationOf(x));
            gc.Collect(1);
            Assert.Equal(2, gc.GenerationOf(x));
            gc.Collect(2);
            Assert.Equal(2, gc.GenerationOf(x));
        }
    }

    [Fact]
    public void An_allocation_that_pushes_count_zero_past_the_threshold_runs_a_collection()
    {
        var stdout = Run.Output(Lines(
            "import gc",
            "seen = []",
            "gc.collect()",
            "gc.callbacks.append(lambda phase, info: seen.append((phase, info['generation'])))",
            "gc.set_threshold(5)",
            "keep = [[] for i in range(12)]",
            "gc.disable()",
            "print(seen[:2])"));
        Assert.Equal("[('start', 0), ('stop', 0)]\n", stdout);
    }

    [Fact]
    public void A_dict_is_untracked_until_a_container_is_stored_in_it()
    {
        var stdout = Run.Output(Lines(
            "import gc",
            "d = {'a': 1}",
            "print(gc.is_tracked(d))",
            "d['b'] = []",
            "print(gc.is_tracked(d))"));
        Assert.Equal("False\nTrue\n", stdout);
    }

    [Fact]
    public void A_tuple_of_atoms_is_untracked_by_the_first_collection_that_sees_it()
    {
        var stdout = Run.Output(Lines(
            "import gc",
            "t = (1, 'a', None)",
            "print(gc.is_tracked(t))",
            "gc.collect(0)",
            "print(gc.is_tracked(t))"));
        Assert.Equal("True\nFalse\n", stdout);
    }

    [Fact]
    public void Del_in_a_cycle_runs_once_and_the_cycle_is_freed_by_default()
    {
        var stdout = Run.Output(Lines(
            "import gc",
            "class A:",
            "    def __del__(self):",
            "        print('del')",
            "gc.collect()",
            "a = A(); a.me = a",
            "del a",
            "print(gc.collect(), gc.garbage)"));
        Assert.Equal("del\n1 []\n", stdout);
    }

    [Fact]
    public void Legacy_finalizers_leave_a_cycle_with_del_uncollected_in_gc_garbage()
    {
        var (stdout, stderr, result, interp) = Run.Code(Lines(
            "import gc, pyheap",
            "pyheap.set_legacy_finalizers(True)",
            "class A:",
            "    def __del__(self):",
            "        print('del')",
            "gc.collect()",
            "a = A(); a.me = a",
            "del a",
            "print(gc.collect(), len(gc.garbage), type(gc.garbage[0]).__name__)",
            "print(pyheap.legacy_finalizers())"), new InterpreterOptions { TrackLiveObjects = true });
        Assert.True(result.Ok, stderr);
        Assert.Equal("1 1 A\nTrue\n", stdout);
        Assert.True(interp.Audit().Ok, interp.Audit().ToString());
    }

    [Fact]
    public void Legacy_finalizers_keep_everything_reachable_from_the_finalizer_too()
    {
        var stdout = Run.Output(Lines(
            "import gc, pyheap",
            "pyheap.set_legacy_finalizers(True)",
            "class A:",
            "    def __del__(self):",
            "        pass",
            "class B:",
            "    pass",
            "gc.collect()",
            "a = A(); b = B(); a.b = b; b.a = a; b.payload = [1, 2]",
            "del a, b",
            "print(gc.collect(), [type(o).__name__ for o in gc.garbage])"));
        // A (legacy finalizer) is uncollectable; B and the list are kept alive with it; only A lands in garbage.
        Assert.Equal("3 ['A']\n", stdout);
    }

    [Fact]
    public void A_resurrecting_finalizer_keeps_the_object_and_does_not_run_again()
    {
        var stdout = Run.Output(Lines(
            "import gc",
            "saved = []",
            "class A:",
            "    def __del__(self):",
            "        print('del')",
            "        saved.append(self)",
            "gc.collect()",
            "a = A(); a.me = a",
            "del a",
            "print(gc.collect(), len(saved))",
            "saved.clear()",
            "print(gc.collect())"));
        Assert.Equal("del\n0 1\n1\n", stdout);
    }

    [Fact]
    public void Collections_are_reported_as_GcStarted_and_GcFinished_events_with_the_unreachable_set()
    {
        var interp = new Interpreter(new InterpreterOptions()) { Stdout = new StringWriter(), Stderr = new StringWriter() };
        var recorder = new EventRecorder();
        interp.Execute("import gc\ngc.collect()\n", "setup.py");
        recorder.Attach(interp);
        try
        {
            var result = interp.Execute("class N:\n    pass\na = N(); b = N(); a.b = b; b.a = a\ndel a, b\ngc.collect()\n", "cell.py");
            Assert.True(result.Ok);
        }
        finally
        {
            recorder.Detach();
        }
        var collections = recorder.Events.Where(e => e.Kind is HeapEventKind.GcStarted or HeapEventKind.GcFinished).ToList();
        Assert.Equal(2, collections.Count);
        Assert.Equal(HeapEventKind.GcStarted, collections[0].Kind);
        var report = collections[1].Collection!;
        Assert.True(report.Finished);
        Assert.Equal(2, report.Generation);
        Assert.Equal(2, report.Collected);
        Assert.Equal(["N", "N"], report.Unreachable.Select(o => o.TypeName));
        Assert.Equal(2, report.UnreachableEdges.Count);
        Assert.False(collections[0].Collection!.Finished);
    }

    [Fact]
    public void Weakref_callbacks_run_when_the_referent_dies_by_refcount_and_by_the_collector()
    {
        var stdout = Run.Output(Lines(
            "import gc, weakref",
            "class A:",
            "    pass",
            "a = A()",
            "r = weakref.ref(a, lambda w: print('gone', w() is None))",
            "del a",
            "b = A(); b.me = b",
            "r2 = weakref.ref(b, lambda w: print('collected', w() is None))",
            "del b",
            "gc.collect()"));
        Assert.Equal("gone True\ncollected True\n", stdout);
    }

    [Fact]
    public void Freeze_moves_every_tracked_object_to_the_permanent_generation_and_zeroes_the_count()
    {
        var stdout = Run.Output(Lines(
            "import gc",
            "gc.collect()",
            "x = [[] for i in range(3)]",
            "gc.freeze()",
            "print(gc.get_count()[0], gc.get_freeze_count() > 3, gc.is_tracked(x))",
            "gc.unfreeze()",
            "print(gc.get_freeze_count())"));
        Assert.Equal("0 True True\n0\n", stdout);
    }

    [Fact]
    public void A_list_taken_from_the_free_list_does_not_count_as_a_gc_allocation()
    {
        var stdout = Run.Output(Lines(
            "import gc",
            "def f():",
            "    gc.collect()",
            "    c0 = gc.get_count()[0]",
            "    x = []",
            "    c1 = gc.get_count()[0]",
            "    del x",
            "    y = []",
            "    c2 = gc.get_count()[0]",
            "    print(c1 - c0, c2 - c1)",
            "f()"));
        // (What python3 prints.) The first list is a real allocation; the second reuses the freed list's block
        // from the free list, and get_count's result tuple reuses the previous one's: nothing counts.
        Assert.Equal("2 0\n", stdout);
    }

    [Fact]
    public void The_heap_audit_passes_when_run_from_inside_a_finalizer_during_a_collection()
    {
        var (stdout, stderr, result, _) = Run.Code(Lines(
            "import gc, pyheap",
            "problems = []",
            "class A:",
            "    def __del__(self):",
            "        problems.extend(pyheap.audit())",
            "gc.collect()",
            "a = A(); b = A(); a.b = b; b.a = a",
            "del a, b",
            "gc.callbacks.append(lambda phase, info: problems.extend(pyheap.audit()))",
            "print(gc.collect(), problems)"), new InterpreterOptions { TrackLiveObjects = true });
        Assert.True(result.Ok, stderr);
        Assert.Equal("2 []\n", stdout);
    }

    [Fact]
    public void Gc_collect_inside_a_finalizer_during_a_collection_returns_zero()
    {
        var stdout = Run.Output(Lines(
            "import gc",
            "class A:",
            "    def __del__(self):",
            "        print('nested', gc.collect())",
            "gc.collect()",
            "a = A(); a.me = a",
            "del a",
            "print(gc.collect())"));
        Assert.Equal("nested 0\n1\n", stdout);
    }

    [Fact]
    public void Debug_flags_write_CPythons_messages_to_stderr()
    {
        var (stdout, stderr, result, _) = Run.Code(Lines(
            "import gc, pyheap",
            "gc.collect()",
            "class A: pass",
            "a = A(); a.me = a",
            "del a",
            "gc.set_debug(gc.DEBUG_STATS | gc.DEBUG_COLLECTABLE)",
            "gc.collect()",
            "pyheap.set_legacy_finalizers(True)",
            "class B:",
            "    def __del__(self): pass",
            "gc.set_debug(gc.DEBUG_UNCOLLECTABLE)",
            "b = B(); b.me = b",
            "del b",
            "print(gc.collect(), len(gc.garbage), gc.get_debug() == gc.DEBUG_UNCOLLECTABLE)",
            "gc.set_debug(0)"));
        Assert.True(result.Ok, stderr);
        Assert.Equal("1 1 True\n", stdout);
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("gc: collecting generation 2...", lines[0]);
        Assert.Matches(@"^gc: objects in each generation: \d+ \d+ \d+$", lines[1]);
        Assert.Equal("gc: objects in permanent generation: 0", lines[2]);
        Assert.Matches(@"^gc: collectable <A 0x[0-9a-f]+>$", lines[3]);
        Assert.Matches(@"^gc: done, 1 unreachable, 0 uncollectable, \d+\.\d{4}s elapsed$", lines[4]);
        Assert.Matches(@"^gc: uncollectable <B 0x[0-9a-f]+>$", lines[5]);
    }

    [Fact]
    public void Get_referents_of_a_str_keyed_dict_lists_only_the_values()
    {
        var stdout = Run.Output(Lines(
            "import gc",
            "x = []",
            "d = {'a': x, 'b': 2}",
            "print([type(o).__name__ for o in gc.get_referents(d)])",
            "print([type(o).__name__ for o in gc.get_referents({1: x})])"));
        Assert.Equal("['list', 'int']\n['list', 'int']\n", stdout);
    }
}
