using PyHeap.Runtime.Builtins;
using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Tests.Containers;

/// <summary>
/// The set table (Objects/setobject.c): probe order, dummy reuse, resizes, pop's finger and the frozenset hash.
/// Expected values were printed by CPython 3.11 (PYTHONHASHSEED=0).
/// </summary>
public class SetTableTests
{
    private static PySet IntSet(IEnumerable<long> values)
    {
        var set = PySet.New(Types.Set);
        foreach (var v in values)
        {
            var i = PyInt.From(v);
            set.Add(i);
            RefCounts.DecRef(i);
        }
        return set;
    }

    private static long[] Values(PySet set) => set.Items.Select(o => ((PyInt)o).Value).ToArray();

    private static void Remove(PySet set, long v)
    {
        var i = PyInt.From(v);
        Assert.True(set.Discard(i));
        RefCounts.DecRef(i);
    }

    [Fact]
    public void Colliding_ints_use_linear_probes_then_perturbation()
    {
        var interp = new Interpreter();
        using var scope = interp.Enter();
        // set(); s.add(x) for x in [0, 32, 64, 96, 1, 33, 7, 39] -> [0, 1, 32, 64, 96, 33, 7, 39], getsizeof 728
        var s = IntSet([0, 32, 64, 96, 1, 33, 7, 39]);
        Assert.Equal([0, 1, 32, 64, 96, 33, 7, 39], Values(s));
        Assert.Equal(712, s.SizeOf());
        RefCounts.DecRef(s);
    }

    [Fact]
    public void Add_reuses_the_last_dummy_on_the_probe_path()
    {
        var interp = new Interpreter();
        using var scope = interp.Enter();
        // s={1,9,17}; s.remove(1); s.remove(9); s.add(25); s.add(2) -> {2, 25, 17}
        var s = IntSet([1, 9, 17]);
        Remove(s, 1);
        Remove(s, 9);
        var a = PyInt.From(25);
        s.Add(a);
        var b = PyInt.From(2);
        s.Add(b);
        Assert.Equal([2, 25, 17], Values(s));
        Assert.Equal(3, s.Count);
        RefCounts.DecRef(a);
        RefCounts.DecRef(b);
        RefCounts.DecRef(s);
    }

    [Fact]
    public void Growth_happens_at_the_5th_19th_and_77th_int()
    {
        var interp = new Interpreter();
        using var scope = interp.Enter();
        var s = PySet.New(Types.Set);
        var changes = new List<(int, long)>();
        var last = s.SizeOf();
        for (var n = 1; n <= 100; n++)
        {
            var i = PyInt.From(n);
            s.Add(i);
            RefCounts.DecRef(i);
            if (s.SizeOf() != last) changes.Add((n, last = s.SizeOf()));
        }
        Assert.Equal([(5, 712L), (19, 2248L), (77, 8392L)], changes);
        s.Clear();
        Assert.Equal(200, s.SizeOf());
        RefCounts.DecRef(s);
    }

    [Fact]
    public void Order_after_growth_follows_the_table()
    {
        var interp = new Interpreter();
        using var scope = interp.Enter();
        var s = IntSet(Enumerable.Range(0, 100).Select(i => i * 8L));
        Assert.Equal([0, 512, 8, 520, 16, 528, 24, 536, 32, 544, 40, 552, 48, 560, 56, 568, 64, 576, 72, 584], Values(s).Take(20));
        RefCounts.DecRef(s);
        var r = IntSet(Enumerable.Range(0, 15).Select(i => 100L - 7 * i));
        Assert.Equal([65, 2, 100, 37, 72, 9, 44, 79, 16, 51, 86, 23, 58, 93, 30], Values(r));
        RefCounts.DecRef(r);
    }

    [Fact]
    public void Pop_walks_from_the_finger()
    {
        var interp = new Interpreter();
        using var scope = interp.Enter();
        var s = IntSet(Enumerable.Range(1, 10).Select(i => (long)i));
        var popped = new List<long>();
        for (var k = 0; k < 3; k++)
        {
            var x = s.Pop();
            popped.Add(((PyInt)x).Value);
            RefCounts.DecRef(x);
        }
        Assert.Equal([1, 2, 3], popped);
        Assert.Equal([4, 5, 6, 7, 8, 9, 10], Values(s));
        RefCounts.DecRef(s);
    }

    [Fact]
    public void Difference_update_resizes_dummies_away()
    {
        var interp = new Interpreter();
        using var scope = interp.Enter();
        // s=set(range(20)); s.difference_update(range(15)) -> [15..19], getsizeof 2264
        var s = IntSet(Enumerable.Range(0, 20).Select(i => (long)i));
        var other = IntSet(Enumerable.Range(0, 15).Select(i => (long)i));
        SetOps.DifferenceUpdateInternal(s, other);
        Assert.Equal([15, 16, 17, 18, 19], Values(s));
        Assert.Equal(2248, s.SizeOf());
        RefCounts.DecRef(other);
        RefCounts.DecRef(s);
    }

    [Fact]
    public void Frozenset_hash_matches_cpython()
    {
        var interp = new Interpreter();
        using var scope = interp.Enter();
        var f = PySet.FromItemsSteal(Types.FrozenSet, [PyInt.From(1), PyInt.From(2), PyInt.From(3)]);
        Assert.Equal(-272375401224217160L, f.FrozenHash());
        var e = PySet.New(Types.FrozenSet);
        Assert.Equal(133146708735736L, e.FrozenHash());
        var strs = PySet.FromItemsSteal(Types.FrozenSet, [PyStr.From("a"), PyStr.From("b")]);
        Assert.Equal(1679668661828516449L, strs.FrozenHash());
        RefCounts.DecRef(f);
        RefCounts.DecRef(e);
        RefCounts.DecRef(strs);
    }
}
