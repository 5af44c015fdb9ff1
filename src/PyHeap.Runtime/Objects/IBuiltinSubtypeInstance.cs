namespace PyHeap.Runtime.Objects;

/// <summary>
/// An object of a builtin's C# class (list, dict, str, int, float, tuple, set, frozenset, bytes, bytearray) that may be an
/// instance of a Python subclass: then it carries what the heap type adds to the base layout (subtype_traverse,
/// subtype_clear and subtype_dealloc in Objects/typeobject.c look there).
/// </summary>
public interface IBuiltinSubtypeInstance
{
    /// <summary>The <c>__slots__</c> members and <c>__dict__</c> the heap type added; null for an exact builtin.</summary>
    ManagedDict? ManagedAttributes { get; }
}
