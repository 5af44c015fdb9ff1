using PyHeap.Runtime.Formatting;
using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>
/// The right operand of <c>str % args</c> (PyUnicode_Format): a tuple gives positional items, a mapping
/// (anything with __getitem__ that is not a tuple or str) serves %(key)s. Values fetched by key are owned
/// here until <see cref="Dispose"/>.
/// </summary>
public sealed class PercentArguments(PyObject args) : IPercentArguments, IDisposable
{
    private readonly List<PyObject> owned = [];

    public bool IsTuple => args is PyTuple;

    public int Count => args is PyTuple t ? t.Count : 1;

    public IFormatArgument this[int index] => new PercentArgument(args is PyTuple t ? t.Items[index] : args);

    public bool IsMapping => args is not PyTuple && args is not PyStr && args.Type.GetItem is not null;

    public IFormatArgument GetItem(string key)
    {
        var k = PyStr.From(key);
        try
        {
            var value = Abstract.GetItem(args, k);
            owned.Add(value);
            return new PercentArgument(value);
        }
        finally
        {
            RefCounts.DecRef(k);
        }
    }

    public void Dispose()
    {
        foreach (var o in owned) RefCounts.DecRef(o);
        owned.Clear();
    }
}
