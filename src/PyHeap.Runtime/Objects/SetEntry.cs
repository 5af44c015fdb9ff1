namespace PyHeap.Runtime.Objects;

/// <summary>One slot of a set's hash table (Include/cpython/setobject.h: setentry): the cached hash and the key.
/// Empty is (0, null); a deleted slot is (-1, <see cref="PySet.Dummy"/>).</summary>
internal struct SetEntry
{
    public long Hash;
    public PyObject? Key;
}
