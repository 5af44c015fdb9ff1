namespace PyHeap.Runtime.Objects;

/// <summary>tp_flags bits the simulator needs.</summary>
[Flags]
public enum TypeFlags
{
    None = 0,

    /// <summary>Py_TPFLAGS_HEAPTYPE: created by a class statement.</summary>
    HeapType = 1,

    /// <summary>Py_TPFLAGS_BASETYPE: may be subclassed.</summary>
    BaseType = 2,

    /// <summary>Py_TPFLAGS_HAVE_GC: instances carry a GC header and can be tracked.</summary>
    HaveGc = 4,

    /// <summary>Instances are exceptions (Py_TPFLAGS_BASE_EXC_SUBCLASS).</summary>
    BaseExceptionSubclass = 8,

    /// <summary>3.11 Py_TPFLAGS_MANAGED_DICT: instances keep attributes in inline values / a lazily made dict.</summary>
    ManagedDict = 16,

    /// <summary>Py_TPFLAGS_IS_ABSTRACT: set while <c>__abstractmethods__</c> is true; object_new refuses instances.</summary>
    IsAbstract = 32,
}
