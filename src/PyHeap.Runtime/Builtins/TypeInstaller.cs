using PyHeap.Runtime.Objects;

namespace PyHeap.Runtime.Builtins;

/// <summary>Installs every builtin type's slots and methods (once per host process, from TypeSetup).</summary>
internal static class TypeInstaller
{
    public static void InstallAll()
    {
        ObjectMethods.Install(Types.Object);
        TypeMethods.Install(Types.Type);
        FunctionTypes.Install();
        IntType.Install();
        FloatType.Install();
        StrType.Install();
        BytesType.Install();
        ByteArrayType.Install();
        TupleType.Install();
        ListType.Install();
        DictType.Install();
        SetType.Install();
        RangeSliceTypes.Install();
        DescriptorTypes.Install();
        AbstractClasses.Install();
        ExceptionMethods.Install();
        GeneratorType.Install();
        BuiltinIteratorTypes.Install();
        SingletonTypes.Install();
        MappingProxyType.Install();
        WeakRefTypes.Install();
        TracebackTypes.Install();
        Quitter.Install();
        PickleSupport.Install();
        GenericAliasType.Install();
        UnionTypeMethods.Install();
        string[] searches = ["find", "rfind", "index", "rindex", "count", "startswith", "endswith"];
        TypeDicts.MarkVarargs(Types.Str, searches);
        TypeDicts.MarkVarargs(Types.Bytes, searches);
        TypeDicts.MarkVarargs(Types.ByteArray, searches);
        TypeDicts.MarkVarargs(Types.Set, "union", "intersection", "difference", "update", "intersection_update", "difference_update");
        TypeDicts.MarkVarargs(Types.FrozenSet, "union", "intersection", "difference");
        TypeDicts.MarkVarargs(Types.Range, "__reduce__");
    }
}
