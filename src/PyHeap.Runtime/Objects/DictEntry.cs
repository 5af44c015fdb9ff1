namespace PyHeap.Runtime.Objects;

/// <summary>One slot of a dict's entries array (PyDictKeyEntry): the cached hash, the key and the value.</summary>
internal struct DictEntry(long hash, PyObject? key, PyObject? value)
{
    public long Hash = hash;
    public PyObject? Key = key;
    public PyObject? Value = value;
}
