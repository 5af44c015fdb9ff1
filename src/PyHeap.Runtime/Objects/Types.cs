namespace PyHeap.Runtime.Objects;

/// <summary>
/// The static builtin types (CPython's PyXxx_Type). They are immortal and shared by every interpreter; their
/// methods are installed once by <see cref="TypeSetup"/>.
/// </summary>
public static class Types
{
    public static readonly PyType Type;
    public static readonly PyType Object;
    public static readonly PyType Dict;
    public static readonly PyType Str;
    public static readonly PyType Tuple;
    public static readonly PyType Int;
    public static readonly PyType Bool;
    public static readonly PyType Float;
    public static readonly PyType Bytes;
    public static readonly PyType ByteArray;
    public static readonly PyType List;
    public static readonly PyType Set;
    public static readonly PyType FrozenSet;
    public static readonly PyType NoneType;
    public static readonly PyType NotImplementedType;
    public static readonly PyType EllipsisType;
    public static readonly PyType Function;
    public static readonly PyType Code;
    public static readonly PyType Cell;
    public static readonly PyType Method;
    public static readonly PyType BuiltinFunction;
    public static readonly PyType MethodDescriptor;
    public static readonly PyType ClassMethodDescriptor;
    public static readonly PyType WrapperDescriptor;
    public static readonly PyType MethodWrapper;
    public static readonly PyType GetSetDescriptor;
    public static readonly PyType MemberDescriptor;
    public static readonly PyType Module;
    public static readonly PyType Range;
    public static readonly PyType Slice;
    public static readonly PyType Property;
    public static readonly PyType StaticMethod;
    public static readonly PyType ClassMethod;
    public static readonly PyType Super;
    public static readonly PyType Generator;
    public static readonly PyType Frame;
    public static readonly PyType Traceback;

    static Types()
    {
        // Bootstrap: type and object first, then dict and str so the others can get their namespaces.
        Type = new PyType(null, "type", null, 904, TypeFlags.BaseType | TypeFlags.HaveGc);
        Type.Type = Type;
        Object = new PyType(Type, "object", null, 16, TypeFlags.BaseType);
        Type.Base = Object;
        Dict = Make("dict", 48, TypeFlags.BaseType | TypeFlags.HaveGc);
        Str = Make("str", 80, TypeFlags.BaseType); // sizeof(PyUnicodeObject): what a subclass extends
        Tuple = Make("tuple", 24, TypeFlags.BaseType | TypeFlags.HaveGc, itemSize: 8);
        Int = Make("int", 24, TypeFlags.BaseType, itemSize: 4);
        Bool = Make("bool", 24, TypeFlags.None, Int, itemSize: 4);
        Float = Make("float", 24, TypeFlags.BaseType);
        Bytes = Make("bytes", 33, TypeFlags.BaseType, itemSize: 1);
        ByteArray = Make("bytearray", 56, TypeFlags.BaseType);
        List = Make("list", 40, TypeFlags.BaseType | TypeFlags.HaveGc);
        Set = Make("set", 200, TypeFlags.BaseType | TypeFlags.HaveGc);
        FrozenSet = Make("frozenset", 200, TypeFlags.BaseType | TypeFlags.HaveGc);
        NoneType = Make("NoneType", 16, TypeFlags.None);
        NotImplementedType = Make("NotImplementedType", 16, TypeFlags.None);
        EllipsisType = Make("ellipsis", 16, TypeFlags.None);
        Function = Make("function", 136, TypeFlags.HaveGc);
        Code = Make("code", 176, TypeFlags.None);
        Cell = Make("cell", 24, TypeFlags.HaveGc);
        Method = Make("method", 48, TypeFlags.HaveGc);
        BuiltinFunction = Make("builtin_function_or_method", 56, TypeFlags.HaveGc);
        MethodDescriptor = Make("method_descriptor", 56, TypeFlags.HaveGc);
        ClassMethodDescriptor = Make("classmethod_descriptor", 56, TypeFlags.HaveGc);
        WrapperDescriptor = Make("wrapper_descriptor", 56, TypeFlags.HaveGc);
        MethodWrapper = Make("method-wrapper", 32, TypeFlags.HaveGc);
        GetSetDescriptor = Make("getset_descriptor", 56, TypeFlags.HaveGc);
        MemberDescriptor = Make("member_descriptor", 56, TypeFlags.HaveGc);
        Module = Make("module", 56, TypeFlags.BaseType | TypeFlags.HaveGc);
        Range = Make("range", 48, TypeFlags.None);
        Slice = Make("slice", 40, TypeFlags.HaveGc);
        Property = Make("property", 64, TypeFlags.BaseType | TypeFlags.HaveGc);
        StaticMethod = Make("staticmethod", 32, TypeFlags.BaseType | TypeFlags.HaveGc);
        ClassMethod = Make("classmethod", 32, TypeFlags.BaseType | TypeFlags.HaveGc);
        Super = Make("super", 40, TypeFlags.BaseType | TypeFlags.HaveGc);
        Generator = Make("generator", 88, TypeFlags.HaveGc);
        Frame = Make("frame", 64, TypeFlags.HaveGc);
        Traceback = Make("traceback", 48, TypeFlags.HaveGc);

        foreach (var t in new[] { Type, Object })
        {
            t.Mro = null;
        }
        Memory.Heap.AllocateStatic(Type, Type.BasicSize);
        Memory.Heap.AllocateStatic(Object, Object.BasicSize);
    }

    /// <summary>Creates a static builtin type (PyType_Ready for a static type: base object unless given).</summary>
    public static PyType Make(string name, int basicSize, TypeFlags flags, PyType? @base = null, int itemSize = 0)
    {
        var t = new PyType(Type, name, @base ?? Object, basicSize, flags) { ItemSize = itemSize };
        Memory.Heap.AllocateStatic(t, basicSize);
        return t;
    }
}
