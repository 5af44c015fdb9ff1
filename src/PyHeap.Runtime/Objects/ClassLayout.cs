namespace PyHeap.Runtime.Objects;

/// <summary>
/// What a heap type's instances look like (3.11 Objects/typeobject.c + dictobject.c): a managed dict whose
/// attributes live in inline values indexed by the class's shared keys, or <c>__slots__</c> members.
/// </summary>
public sealed class ClassLayout
{
    /// <summary>The shared keys table starts with this many usable entries (3.11 SHARED_KEYS_MAX_SIZE).</summary>
    public const int SharedKeysSize = 30;

    /// <summary>Instances have a (managed) <c>__dict__</c>.</summary>
    public bool HasDict { get; init; }

    /// <summary>Instances have a <c>__weakref__</c> slot.</summary>
    public bool HasWeakref { get; init; }

    /// <summary>Names of <c>__slots__</c> members in slot order (including inherited ones, base first).</summary>
    public IReadOnlyList<string> SlotNames { get; init; } = [];

    /// <summary>The class's shared keys: attribute names in the order first added (dk_entries).</summary>
    public List<PyStr> SharedKeys { get; } = [];

    /// <summary>dk_usable of the shared keys: decremented per instance made and per new name.</summary>
    public int SharedKeysUsable { get; set; } = SharedKeysSize;

    /// <summary>Index of <paramref name="name"/> in the shared keys, or -1.</summary>
    public int IndexOf(PyStr name)
    {
        for (var i = 0; i < SharedKeys.Count; i++)
            if (ReferenceEquals(SharedKeys[i], name) || SharedKeys[i].Value == name.Value) return i;
        return -1;
    }
}
