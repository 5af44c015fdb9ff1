using System.Runtime.CompilerServices;
using System.Text.Json;
using PyHeap.Runtime.Builtins;
using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Tests.Containers;

/// <summary>List capacities (list_resize, list_preallocate_exact, list_new_prealloc) against CPython 3.11 figures from Data/gen_list_capacities.py.</summary>
public class ListCapacityTests
{
    private static string DataFile([CallerFilePath] string callerFile = "") =>
        Path.Combine(Path.GetDirectoryName(callerFile)!, "Data", "list_capacities.jsonl");

    private static int[] Expected(string scenario)
    {
        foreach (var line in File.ReadLines(DataFile()))
        {
            using var doc = JsonDocument.Parse(line);
            if (doc.RootElement.GetProperty("scenario").GetString() == scenario)
                return doc.RootElement.GetProperty("caps").EnumerateArray().Select(e => e.GetInt32()).ToArray();
        }
        throw new InvalidOperationException("missing scenario " + scenario);
    }

    private static PyTuple Range(int n)
    {
        var items = new PyObject[n];
        for (var i = 0; i < n; i++) items[i] = PyInt.From(i);
        return PyTuple.Steal(items);
    }

    [Fact]
    public void Append_and_pop_follow_list_resize()
    {
        var interp = new Interpreter();
        using var scope = interp.Enter();
        var list = PyList.New();
        var caps = new List<int> { list.Capacity };
        for (var i = 0; i < 200; i++)
        {
            list.Append(PyInt.From(i));
            caps.Add(list.Capacity);
        }
        Assert.Equal(Expected("append"), caps);
        caps.Clear();
        for (var i = 0; i < 200; i++)
        {
            RefCounts.DecRef(list.RemoveAtSteal(list.Count - 1));
            caps.Add(list.Capacity);
        }
        Assert.Equal(Expected("pop"), caps);
        RefCounts.DecRef(list);
    }

    [Fact]
    public void Insert_at_front_grows_like_append()
    {
        var interp = new Interpreter();
        using var scope = interp.Enter();
        var list = PyList.New();
        var caps = new List<int>();
        for (var i = 0; i < 100; i++)
        {
            list.Insert(0, PyInt.From(i));
            caps.Add(list.Capacity);
        }
        Assert.Equal(Expected("insert0"), caps);
        RefCounts.DecRef(list);
    }

    [Fact]
    public void Extend_preallocates_exactly_only_when_ob_item_is_null()
    {
        var interp = new Interpreter();
        using var scope = interp.Enter();
        var fresh = new List<int>();
        var afterPop = new List<int>();
        for (var n = 0; n < 40; n++)
        {
            var t = Range(n);
            var a = PyList.New();
            ListOps.Extend(a, t);
            fresh.Add(a.Capacity);
            var b = PyList.Steal([PyInt.From(1)]); // the display [1]: BUILD_LIST, exact
            RefCounts.DecRef(b.RemoveAtSteal(0));
            ListOps.Extend(b, t);
            afterPop.Add(b.Capacity);
            RefCounts.DecRef(a);
            RefCounts.DecRef(b);
            RefCounts.DecRef(t);
        }
        Assert.Equal(Expected("extend_tuple_fresh"), fresh);
        Assert.Equal(Expected("extend_after_pop_to_empty"), afterPop);
    }

    [Fact]
    public void Repeat_allocates_exactly()
    {
        var interp = new Interpreter();
        using var scope = interp.Enter();
        var one = PyList.FromBorrowed([PyInt.Zero]);
        var caps = new List<int>();
        for (var n = 0; n < 40; n++)
        {
            var r = ListOps.Repeat(one, n);
            caps.Add(r.Capacity);
            RefCounts.DecRef(r);
        }
        Assert.Equal(Expected("repeat"), caps);
        RefCounts.DecRef(one);
    }
}
