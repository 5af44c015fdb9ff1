using PyHeap.Runtime.Builtins;
using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Tests.Containers;

/// <summary>The timsort port: sorted results, stability with keys and reverse, and the list being empty during the sort.</summary>
public class ListSortTests
{
    private static PyList Ints(IEnumerable<long> values)
    {
        var list = PyList.New();
        foreach (var v in values) list.AppendSteal(PyInt.From(v));
        return list;
    }

    private static long[] Values(PyList list) => list.Items.ToArray().Select(o => ((PyInt)o).Value).ToArray();

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(65)]
    [InlineData(1000)]
    [InlineData(5000)]
    public void Sorts_like_a_stable_sort(int n)
    {
        var interp = new Interpreter();
        using var scope = interp.Enter();
        var rng = new Random(n);
        var data = Enumerable.Range(0, n).Select(_ => (long)rng.Next(-50, 50)).ToArray();
        var list = Ints(data);
        ListSort.Sort(list, null, reverse: false);
        Assert.Equal(data.Order().ToArray(), Values(list));
        ListSort.Sort(list, null, reverse: true);
        Assert.Equal(data.OrderDescending().ToArray(), Values(list));
        RefCounts.DecRef(list);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Key_sort_is_stable_in_both_directions(bool reverse)
    {
        var interp = new Interpreter();
        using var scope = interp.Enter();
        // Values 0..n-1 keyed by value % 7: equal keys must keep their original (ascending) order.
        const int n = 700;
        var rng = new Random(7);
        var data = Enumerable.Range(0, n).Select(i => (long)i).OrderBy(_ => rng.Next()).ToArray();
        var list = Ints(data);
        var key = PyBuiltinFunction.Static("key", (self, args, kw) => PyInt.From(((PyInt)args[0]).Value % 7));
        ListSort.Sort(list, key, reverse);
        var expected = reverse
            ? data.Select((v, i) => (v, i)).OrderByDescending(p => p.v % 7).ThenBy(p => p.i).Select(p => p.v).ToArray()
            : data.Select((v, i) => (v, i)).OrderBy(p => p.v % 7).ThenBy(p => p.i).Select(p => p.v).ToArray();
        Assert.Equal(expected, Values(list));
        RefCounts.DecRef(list);
    }

    [Fact]
    public void The_list_is_empty_while_keys_are_computed_and_appending_is_reported()
    {
        var interp = new Interpreter();
        using var scope = interp.Enter();
        var list = Ints([3, 1, 2]);
        var seen = new List<int>();
        var key = PyBuiltinFunction.Static("key", (self, args, kw) =>
        {
            seen.Add(list.Count);
            list.Append(PyInt.From(9));
            return RefCounts.NewRef(args[0]);
        });
        var error = Assert.Throws<PyException>(() => ListSort.Sort(list, key, reverse: false));
        Assert.Equal("list modified during sort", Abstract.StrString(error.Value));
        RefCounts.DecRef(error.Value);
        Assert.Equal([0, 1, 2], seen);
        Assert.Equal([1, 2, 3], Values(list));
        RefCounts.DecRef(list);
    }
}
