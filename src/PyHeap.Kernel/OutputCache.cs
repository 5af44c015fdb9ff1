using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;

namespace PyHeap.Kernel;

/// <summary>
/// IPython's input and output caches in the user namespace (IPython/core/displayhook.py: update_user_ns;
/// history.py: store_inputs): <c>In</c>, <c>Out</c>, <c>_</c>, <c>__</c>, <c>___</c>, <c>_N</c>, <c>_i</c>,
/// <c>_ii</c>, <c>_iii</c>, <c>_iN</c>. They hold real references, so a displayed result's refcount grows as in
/// a notebook. (IPython's own objects hold a few more that are not simulated; the README says which.)
/// </summary>
internal static class OutputCache
{
    /// <summary>The names a fresh namespace starts with (init_user_ns), hidden from %who.</summary>
    public static readonly HashSet<string> InitialNames = ["In", "Out", "_ih", "_oh", "_", "__", "___", "_i", "_ii", "_iii", "get_ipython"];

    public static void Install(PyDict ns, PyObject getIpython)
    {
        var inputs = PyList.New();
        inputs.AppendSteal(PyStr.From(""));
        var outputs = PyDict.New();
        ns.SetItem("_ih", inputs);
        ns.SetItem("_oh", outputs);
        ns.SetItem("In", inputs);
        ns.SetItem("Out", outputs);
        RefCounts.DecRef(inputs);
        RefCounts.DecRef(outputs);
        foreach (var name in new[] { "_", "__", "___", "_i", "_ii", "_iii" }) ns.SetItem(name, PyStr.Empty);
        ns.SetItem("get_ipython", getIpython);
    }

    /// <summary>store_inputs: In gets the cell; _i/_ii/_iii shift; _iN names it.</summary>
    public static void StoreInput(PyDict ns, int count, string source)
    {
        var code = PyStr.From(source);
        try
        {
            if (ns.GetItemOrNull("In") is PyList inputs)
            {
                while (inputs.Count < count) inputs.AppendSteal(PyStr.From(""));
                inputs.Append(code);
            }
            Shift(ns, "_iii", "_ii", "_i", ns.GetItemOrNull($"_i{count - 1}"));
            SetNew(ns, $"_i{count}", code);
        }
        finally
        {
            RefCounts.DecRef(code);
        }
    }

    /// <summary>update_user_ns: ___ ← __ ← _ ← value, _N and Out[N] = value.</summary>
    public static void StoreOutput(PyDict ns, int count, PyObject value)
    {
        Shift(ns, "___", "__", "_", value);
        SetNew(ns, $"_{count}", value);
        if (ns.GetItemOrNull("Out") is PyDict outputs)
        {
            var key = PyInt.From(count);
            outputs.SetItem(key, value);
            RefCounts.DecRef(key);
        }
    }

    /// <summary>ns[name] = value with a key str of its own (not interned, as IPython's f-string keys are not).</summary>
    private static void SetNew(PyDict ns, string name, PyObject value)
    {
        var key = PyStr.From(name);
        ns.SetItem(key, value);
        RefCounts.DecRef(key);
    }

    private static void Shift(PyDict ns, string third, string second, string first, PyObject? value)
    {
        if (ns.GetItemOrNull(second) is { } s) ns.SetItem(third, s);
        if (ns.GetItemOrNull(first) is { } f) ns.SetItem(second, f);
        ns.SetItem(first, value ?? PyStr.Empty);
    }
}
