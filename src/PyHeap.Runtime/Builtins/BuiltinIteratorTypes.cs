using PyHeap.Runtime.Objects;

namespace PyHeap.Runtime.Builtins;

/// <summary>
/// Creates the static types of the builtin iterators and sys's objects while the type system is readied, so
/// TypeSetup gives them their namespace, MRO and inherited slots with the others.
/// </summary>
internal static class BuiltinIteratorTypes
{
    public static IReadOnlyList<PyType> Install() =>
    [
        EnumerateObject.EnumerateType,
        ZipObject.ZipType,
        MapObject.MapType,
        FilterObject.FilterType,
        ReversedObject.ReversedType,
        CallableIterator.IteratorType,
        Modules.StdStream.StreamType,
        Modules.VersionInfo.VersionInfoType,
    ];
}
