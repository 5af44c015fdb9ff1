namespace PyHeap.Runtime.Builtins;

/// <summary>What a dict view or dict iterator yields: keys, values or (key, value) tuples.</summary>
public enum DictViewKind
{
    Keys,
    Values,
    Items,
}
