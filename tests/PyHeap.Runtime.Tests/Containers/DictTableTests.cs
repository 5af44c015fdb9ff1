using PyHeap.Runtime.Builtins;
using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Tests.Containers;

/// <summary>
/// The compact dict's sizing rules (Objects/dictobject.c, 3.11): calculate_log2_keysize's rounding, copy's
/// clone fast path, popitem not giving back usable slots, fromkeys presizing. Expected sizes are CPython's
/// <c>sys.getsizeof</c> minus the 16-byte GC header.
/// </summary>
public class DictTableTests
{
    private static void Set(PyDict d, PyObject key, long value)
    {
        var v = PyInt.From(value);
        d.SetItem(key, v);
        RefCounts.DecRef(v);
        RefCounts.DecRef(key);
    }

    private static List<string> Keys(PyDict d) => d.Pairs().Select(p => p.Key is PyStr s ? s.Value : ((PyInt)p.Key).Value.ToString()).ToList();

    [Theory]
    [InlineData(0, 3)]
    [InlineData(1, 4)]
    [InlineData(7, 4)]
    [InlineData(8, 3)]
    [InlineData(9, 4)]
    [InlineData(16, 5)]
    [InlineData(17, 5)]
    [InlineData(30, 5)]
    [InlineData(32, 6)]
    [InlineData(63, 6)]
    public void Calculate_log2_keysize_rounds_like_3_11(long minsize, int expected) =>
        Assert.Equal(expected, PyDict.CalculateLog2KeySize(minsize));

    [Fact]
    public void Int_key_growth_sequence()
    {
        var interp = new Interpreter();
        using var scope = interp.Enter();
        var d = PyDict.New();
        var sizes = new List<(int, long)> { (0, d.SizeOf()) };
        for (var n = 1; n <= 100; n++)
        {
            Set(d, PyInt.From(n * 1000), n);
            if (d.SizeOf() != sizes[^1].Item2) sizes.Add((n, d.SizeOf()));
        }
        Assert.Equal([(0, 48L), (1, 208L), (6, 336L), (11, 616L), (22, 1152L), (43, 2248L), (86, 4672L)], sizes);
        d.Clear();
        Assert.Equal(48, d.SizeOf());
        RefCounts.DecRef(d);
    }

    [Fact]
    public void A_non_str_key_converts_a_small_str_table_to_16_slots()
    {
        var interp = new Interpreter();
        using var scope = interp.Enter();
        // d = {'a': 1}; d[1] = 2 -> getsizeof 352
        var d = PyDict.New();
        Set(d, PyStr.From("a"), 1);
        Assert.Equal(168, d.SizeOf());
        Set(d, PyInt.From(1), 2);
        Assert.Equal(336, d.SizeOf());
        RefCounts.DecRef(d);
    }

    [Fact]
    public void Copy_clones_a_table_with_few_holes_and_merges_otherwise()
    {
        var interp = new Interpreter();
        using var scope = interp.Enter();
        var d = PyDict.New();
        foreach (var c in "abcdefgh") Set(d, PyStr.From(c.ToString()), 1);
        d.DelItem(PyStr.Intern("b"));
        d.DelItem(PyStr.Intern("c"));
        var c1 = d.Copy();
        Assert.Equal(256, d.SizeOf());
        Assert.Equal(256, c1.SizeOf());
        Assert.Equal(["a", "d", "e", "f", "g", "h"], Keys(c1));
        Set(d, PyInt.From(1), 2);
        Assert.Equal(616, d.SizeOf());
        RefCounts.DecRef(c1);
        RefCounts.DecRef(d);

        var big = PyDict.New();
        for (var i = 0; i < 20; i++) Set(big, PyInt.From(i), i);
        for (var i = 0; i < 15; i++)
        {
            var k = PyInt.From(i);
            big.DelItem(k);
            RefCounts.DecRef(k);
        }
        var c2 = big.Copy();
        Assert.Equal(616, big.SizeOf());
        Assert.Equal(208, c2.SizeOf());
        RefCounts.DecRef(c2);
        RefCounts.DecRef(big);
    }

    [Fact]
    public void Popitem_is_lifo_and_does_not_give_back_usable_slots()
    {
        var interp = new Interpreter();
        using var scope = interp.Enter();
        var d = PyDict.New();
        for (var i = 0; i < 10; i++) Set(d, PyInt.From(i), i);
        var p1 = d.PopItem();
        var p2 = d.PopItem();
        Assert.Equal(9, ((PyInt)p1.Items[0]).Value);
        Assert.Equal(8, ((PyInt)p2.Items[0]).Value);
        RefCounts.DecRef(p1);
        RefCounts.DecRef(p2);
        Assert.Equal(336, d.SizeOf());
        Set(d, PyInt.From(99), 1);
        Assert.Equal(616, d.SizeOf());
        Assert.Equal(["0", "1", "2", "3", "4", "5", "6", "7", "99"], Keys(d));
        RefCounts.DecRef(d);
    }

    [Theory]
    [InlineData(0, 208)]
    [InlineData(1, 336)]
    [InlineData(3, 336)]
    [InlineData(5, 208)]
    [InlineData(10, 336)]
    [InlineData(11, 616)]
    [InlineData(21, 1152)]
    public void Fromkeys_of_a_set_presizes_with_estimate_log2_keysize(int n, long expected)
    {
        var interp = new Interpreter();
        using var scope = interp.Enter();
        var s = PySet.New(Types.Set);
        for (var i = 0; i < n; i++)
        {
            var k = PyInt.From(i);
            s.Add(k);
            RefCounts.DecRef(k);
        }
        var d = (PyDict)DictOps.FromKeys(Types.Dict, s, PyNone.None);
        Assert.Equal(expected, d.SizeOf());
        RefCounts.DecRef(d);
        RefCounts.DecRef(s);
    }
}
