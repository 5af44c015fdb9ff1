namespace PyHeap.Runtime.Formatting;

/// <summary>
/// One step after a field's first part: <c>.name</c> (IsAttribute) or <c>[key]</c>, whose key is an int
/// (<see cref="IntKey"/>, when all digits) or a str (<see cref="StringKey"/>).
/// </summary>
public sealed record FieldAccessor(bool IsAttribute, string? StringKey, long IntKey)
{
    public static FieldAccessor Attribute(string name) => new(true, name, -1);

    public static FieldAccessor Item(string key) => new(false, key, -1);

    public static FieldAccessor Item(long key) => new(false, null, key);

    public bool IsIntKey => !IsAttribute && StringKey is null;
}
