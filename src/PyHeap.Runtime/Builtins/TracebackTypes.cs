using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;

namespace PyHeap.Runtime.Builtins;

/// <summary>The read-only attributes of traceback and frame objects (Python/traceback.c, Objects/frameobject.c).</summary>
public static class TracebackTypes
{
    public static void Install()
    {
        var tb = Types.Traceback;
        TypeDicts.AddGetSet(tb, "tb_next", self => RefCounts.NewRef<PyObject>((PyObject?)((PyTraceback)self).Next ?? PyNone.None));
        TypeDicts.AddGetSet(tb, "tb_frame", self => RefCounts.NewRef<PyObject>(((PyTraceback)self).FrameObject));
        TypeDicts.AddGetSet(tb, "tb_lineno", self => PyInt.From(((PyTraceback)self).Line));
        TypeDicts.AddGetSet(tb, "tb_lasti", self => PyInt.From(((PyTraceback)self).LastI * 2L)); // a byte offset
        var frame = Types.Frame;
        TypeDicts.AddGetSet(frame, "f_back", self => RefCounts.NewRef<PyObject>((PyObject?)((PyFrameObject)self).Back ?? PyNone.None));
        TypeDicts.AddGetSet(frame, "f_lineno", self => PyInt.From(((PyFrameObject)self).Line));
        TypeDicts.AddGetSet(frame, "f_code", self => RefCounts.NewRef<PyObject>((PyObject?)((PyFrameObject)self).Frame?.Code ?? PyNone.None));
        TypeDicts.AddGetSet(frame, "f_globals", self => RefCounts.NewRef<PyObject>((PyObject?)((PyFrameObject)self).Frame?.Globals ?? PyNone.None));
    }
}
